# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.media_track import MediaTrack
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTranscriptionForm")


@_attrs_define
class CreateTranscriptionForm:
    """
    Attributes:
        name (str | Unset): A name for the transcription, by which it can be stopped.
        track (MediaTrack | Unset): Which audio of the call is forked: what the platform receives from the caller
            (`inbound_track`), what it sends to the caller (`outbound_track`), or both. Each track counts as one of the (at
            most four) media forks a Twilio call may have.
        status_callback_url (str | Unset): An absolute URL that receives the transcription's events, the recognised text
            among them. (Named StatusCallbackUrl here, not StatusCallback as on streams.)
        status_callback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        inbound_track_label (str | Unset): A label for the inbound track's speaker in the results.
        outbound_track_label (str | Unset): A label for the outbound track's speaker in the results.
        partial_results (bool | Unset): Whether interim results are sent as well as final ones.
        language_code (str | Unset): The spoken language, as a BCP 47 tag such as `en-US`.
        transcription_engine (str | Unset): Which speech recognition provider transcribes, e.g. `google`.
        profanity_filter (bool | Unset): Whether profanities are masked, keeping only their first letter.
        speech_model (str | Unset): The recognition model of the chosen engine, e.g. `long`.
        hints (str | Unset): Words and phrases the recogniser should expect.
        enable_automatic_punctuation (bool | Unset): Whether the engine punctuates the text.
        intelligence_service (str | Unset): The SID or unique name of a Conversational Intelligence service that keeps
            the transcript and runs its operators after the call.
        conversation_configuration (str | Unset): The Conversations configuration applied in the Intelligence service.
        conversation_id (str | Unset): An existing conversation of the Intelligence service this transcription joins.
        configuration_id (str | Unset): A stored real-time transcription configuration that sets every non-default
            option at once. (twilio-python from 9.10.6 sends it as TranscriptionConfigurationId; twilio-oai 2.6.7 names it
            so.)
        enable_provider_data (bool | Unset): Whether the engine's raw data is included in the callbacks.
    """

    name: str | Unset = UNSET
    track: MediaTrack | Unset = UNSET
    status_callback_url: str | Unset = UNSET
    status_callback_method: HttpMethod | Unset = UNSET
    inbound_track_label: str | Unset = UNSET
    outbound_track_label: str | Unset = UNSET
    partial_results: bool | Unset = UNSET
    language_code: str | Unset = UNSET
    transcription_engine: str | Unset = UNSET
    profanity_filter: bool | Unset = UNSET
    speech_model: str | Unset = UNSET
    hints: str | Unset = UNSET
    enable_automatic_punctuation: bool | Unset = UNSET
    intelligence_service: str | Unset = UNSET
    conversation_configuration: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    configuration_id: str | Unset = UNSET
    enable_provider_data: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        track: str | Unset = UNSET
        if not isinstance(self.track, Unset):
            track = self.track.value

        status_callback_url = self.status_callback_url

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method.value

        inbound_track_label = self.inbound_track_label

        outbound_track_label = self.outbound_track_label

        partial_results = self.partial_results

        language_code = self.language_code

        transcription_engine = self.transcription_engine

        profanity_filter = self.profanity_filter

        speech_model = self.speech_model

        hints = self.hints

        enable_automatic_punctuation = self.enable_automatic_punctuation

        intelligence_service = self.intelligence_service

        conversation_configuration = self.conversation_configuration

        conversation_id = self.conversation_id

        configuration_id = self.configuration_id

        enable_provider_data = self.enable_provider_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if track is not UNSET:
            field_dict["Track"] = track
        if status_callback_url is not UNSET:
            field_dict["StatusCallbackUrl"] = status_callback_url
        if status_callback_method is not UNSET:
            field_dict["StatusCallbackMethod"] = status_callback_method
        if inbound_track_label is not UNSET:
            field_dict["InboundTrackLabel"] = inbound_track_label
        if outbound_track_label is not UNSET:
            field_dict["OutboundTrackLabel"] = outbound_track_label
        if partial_results is not UNSET:
            field_dict["PartialResults"] = partial_results
        if language_code is not UNSET:
            field_dict["LanguageCode"] = language_code
        if transcription_engine is not UNSET:
            field_dict["TranscriptionEngine"] = transcription_engine
        if profanity_filter is not UNSET:
            field_dict["ProfanityFilter"] = profanity_filter
        if speech_model is not UNSET:
            field_dict["SpeechModel"] = speech_model
        if hints is not UNSET:
            field_dict["Hints"] = hints
        if enable_automatic_punctuation is not UNSET:
            field_dict["EnableAutomaticPunctuation"] = enable_automatic_punctuation
        if intelligence_service is not UNSET:
            field_dict["IntelligenceService"] = intelligence_service
        if conversation_configuration is not UNSET:
            field_dict["ConversationConfiguration"] = conversation_configuration
        if conversation_id is not UNSET:
            field_dict["ConversationId"] = conversation_id
        if configuration_id is not UNSET:
            field_dict["ConfigurationId"] = configuration_id
        if enable_provider_data is not UNSET:
            field_dict["EnableProviderData"] = enable_provider_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _track = d.pop("Track", UNSET)
        track: MediaTrack | Unset
        if isinstance(_track, Unset):
            track = UNSET
        else:
            track = MediaTrack(_track)

        status_callback_url = d.pop("StatusCallbackUrl", UNSET)

        _status_callback_method = d.pop("StatusCallbackMethod", UNSET)
        status_callback_method: HttpMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = HttpMethod(_status_callback_method)

        inbound_track_label = d.pop("InboundTrackLabel", UNSET)

        outbound_track_label = d.pop("OutboundTrackLabel", UNSET)

        partial_results = d.pop("PartialResults", UNSET)

        language_code = d.pop("LanguageCode", UNSET)

        transcription_engine = d.pop("TranscriptionEngine", UNSET)

        profanity_filter = d.pop("ProfanityFilter", UNSET)

        speech_model = d.pop("SpeechModel", UNSET)

        hints = d.pop("Hints", UNSET)

        enable_automatic_punctuation = d.pop("EnableAutomaticPunctuation", UNSET)

        intelligence_service = d.pop("IntelligenceService", UNSET)

        conversation_configuration = d.pop("ConversationConfiguration", UNSET)

        conversation_id = d.pop("ConversationId", UNSET)

        configuration_id = d.pop("ConfigurationId", UNSET)

        enable_provider_data = d.pop("EnableProviderData", UNSET)

        create_transcription_form = cls(
            name=name,
            track=track,
            status_callback_url=status_callback_url,
            status_callback_method=status_callback_method,
            inbound_track_label=inbound_track_label,
            outbound_track_label=outbound_track_label,
            partial_results=partial_results,
            language_code=language_code,
            transcription_engine=transcription_engine,
            profanity_filter=profanity_filter,
            speech_model=speech_model,
            hints=hints,
            enable_automatic_punctuation=enable_automatic_punctuation,
            intelligence_service=intelligence_service,
            conversation_configuration=conversation_configuration,
            conversation_id=conversation_id,
            configuration_id=configuration_id,
            enable_provider_data=enable_provider_data,
        )

        create_transcription_form.additional_properties = d
        return create_transcription_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
