# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Contains all the data models used in inputs/outputs"""

# Each model loads on first use (PEP 562): an operation's first request loads the models it uses, not those of
# every operation of the document (a stream's and a SIPREC session's forms have some 200 fields each).
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answered_by import AnsweredBy
    from .async_amd import AsyncAmd
    from .bank_account_type import BankAccountType
    from .call import Call
    from .call_page import CallPage
    from .call_status import CallStatus
    from .call_subresource_uris_type_0 import CallSubresourceUrisType0
    from .callback_status import CallbackStatus
    from .create_call_form import CreateCallForm
    from .create_payment_form import CreatePaymentForm
    from .create_recording_form import CreateRecordingForm
    from .create_siprec_form import CreateSiprecForm
    from .create_stream_form import CreateStreamForm
    from .create_transcription_form import CreateTranscriptionForm
    from .create_user_defined_message_form import CreateUserDefinedMessageForm
    from .create_user_defined_message_subscription_form import CreateUserDefinedMessageSubscriptionForm
    from .created_after import CreatedAfter
    from .created_before import CreatedBefore
    from .direction import Direction
    from .error import Error
    from .error_errors_item import ErrorErrorsItem
    from .event import Event
    from .event_page import EventPage
    from .event_request import EventRequest
    from .event_request_parameters_type_0 import EventRequestParametersType0
    from .event_response import EventResponse
    from .http_method import HttpMethod
    from .logged_after import LoggedAfter
    from .logged_before import LoggedBefore
    from .machine_detection import MachineDetection
    from .media_track import MediaTrack
    from .notification import Notification
    from .notification_page import NotificationPage
    from .pause_behavior import PauseBehavior
    from .payment import Payment
    from .payment_capture import PaymentCapture
    from .payment_confirmation import PaymentConfirmation
    from .payment_input import PaymentInput
    from .payment_method import PaymentMethod
    from .payment_update_status import PaymentUpdateStatus
    from .realtime_transcription import RealtimeTranscription
    from .recording import Recording
    from .recording_channels import RecordingChannels
    from .recording_encryption_details_type_0 import RecordingEncryptionDetailsType0
    from .recording_page import RecordingPage
    from .recording_source import RecordingSource
    from .recording_status import RecordingStatus
    from .recording_status_callback_event import RecordingStatusCallbackEvent
    from .recording_subresource_uris_type_0 import RecordingSubresourceUrisType0
    from .recording_track import RecordingTrack
    from .recording_update_status import RecordingUpdateStatus
    from .siprec import Siprec
    from .siprec_status import SiprecStatus
    from .siprec_update_status import SiprecUpdateStatus
    from .status_callback_event import StatusCallbackEvent
    from .stream import Stream
    from .stream_status import StreamStatus
    from .stream_update_status import StreamUpdateStatus
    from .times_after import TimesAfter
    from .times_before import TimesBefore
    from .token_type import TokenType
    from .transcription_status import TranscriptionStatus
    from .transcription_update_status import TranscriptionUpdateStatus
    from .trim import Trim
    from .update_call_form import UpdateCallForm
    from .update_payment_form import UpdatePaymentForm
    from .update_recording_form import UpdateRecordingForm
    from .update_siprec_form import UpdateSiprecForm
    from .update_status import UpdateStatus
    from .update_stream_form import UpdateStreamForm
    from .update_transcription_form import UpdateTranscriptionForm
    from .user_defined_message import UserDefinedMessage
    from .user_defined_message_subscription import UserDefinedMessageSubscription

_MODULES = {
    "AnsweredBy": ".answered_by",
    "AsyncAmd": ".async_amd",
    "BankAccountType": ".bank_account_type",
    "Call": ".call",
    "CallPage": ".call_page",
    "CallStatus": ".call_status",
    "CallSubresourceUrisType0": ".call_subresource_uris_type_0",
    "CallbackStatus": ".callback_status",
    "CreateCallForm": ".create_call_form",
    "CreatePaymentForm": ".create_payment_form",
    "CreateRecordingForm": ".create_recording_form",
    "CreateSiprecForm": ".create_siprec_form",
    "CreateStreamForm": ".create_stream_form",
    "CreateTranscriptionForm": ".create_transcription_form",
    "CreateUserDefinedMessageForm": ".create_user_defined_message_form",
    "CreateUserDefinedMessageSubscriptionForm": ".create_user_defined_message_subscription_form",
    "CreatedAfter": ".created_after",
    "CreatedBefore": ".created_before",
    "Direction": ".direction",
    "Error": ".error",
    "ErrorErrorsItem": ".error_errors_item",
    "Event": ".event",
    "EventPage": ".event_page",
    "EventRequest": ".event_request",
    "EventRequestParametersType0": ".event_request_parameters_type_0",
    "EventResponse": ".event_response",
    "HttpMethod": ".http_method",
    "LoggedAfter": ".logged_after",
    "LoggedBefore": ".logged_before",
    "MachineDetection": ".machine_detection",
    "MediaTrack": ".media_track",
    "Notification": ".notification",
    "NotificationPage": ".notification_page",
    "PauseBehavior": ".pause_behavior",
    "Payment": ".payment",
    "PaymentCapture": ".payment_capture",
    "PaymentConfirmation": ".payment_confirmation",
    "PaymentInput": ".payment_input",
    "PaymentMethod": ".payment_method",
    "PaymentUpdateStatus": ".payment_update_status",
    "RealtimeTranscription": ".realtime_transcription",
    "Recording": ".recording",
    "RecordingChannels": ".recording_channels",
    "RecordingEncryptionDetailsType0": ".recording_encryption_details_type_0",
    "RecordingPage": ".recording_page",
    "RecordingSource": ".recording_source",
    "RecordingStatus": ".recording_status",
    "RecordingStatusCallbackEvent": ".recording_status_callback_event",
    "RecordingSubresourceUrisType0": ".recording_subresource_uris_type_0",
    "RecordingTrack": ".recording_track",
    "RecordingUpdateStatus": ".recording_update_status",
    "Siprec": ".siprec",
    "SiprecStatus": ".siprec_status",
    "SiprecUpdateStatus": ".siprec_update_status",
    "StatusCallbackEvent": ".status_callback_event",
    "Stream": ".stream",
    "StreamStatus": ".stream_status",
    "StreamUpdateStatus": ".stream_update_status",
    "TimesAfter": ".times_after",
    "TimesBefore": ".times_before",
    "TokenType": ".token_type",
    "TranscriptionStatus": ".transcription_status",
    "TranscriptionUpdateStatus": ".transcription_update_status",
    "Trim": ".trim",
    "UpdateCallForm": ".update_call_form",
    "UpdatePaymentForm": ".update_payment_form",
    "UpdateRecordingForm": ".update_recording_form",
    "UpdateSiprecForm": ".update_siprec_form",
    "UpdateStatus": ".update_status",
    "UpdateStreamForm": ".update_stream_form",
    "UpdateTranscriptionForm": ".update_transcription_form",
    "UserDefinedMessage": ".user_defined_message",
    "UserDefinedMessageSubscription": ".user_defined_message_subscription",
}

__all__ = (
    "AnsweredBy",
    "AsyncAmd",
    "BankAccountType",
    "Call",
    "CallbackStatus",
    "CallPage",
    "CallStatus",
    "CallSubresourceUrisType0",
    "CreateCallForm",
    "CreatedAfter",
    "CreatedBefore",
    "CreatePaymentForm",
    "CreateRecordingForm",
    "CreateSiprecForm",
    "CreateStreamForm",
    "CreateTranscriptionForm",
    "CreateUserDefinedMessageForm",
    "CreateUserDefinedMessageSubscriptionForm",
    "Direction",
    "Error",
    "ErrorErrorsItem",
    "Event",
    "EventPage",
    "EventRequest",
    "EventRequestParametersType0",
    "EventResponse",
    "HttpMethod",
    "LoggedAfter",
    "LoggedBefore",
    "MachineDetection",
    "MediaTrack",
    "Notification",
    "NotificationPage",
    "PauseBehavior",
    "Payment",
    "PaymentCapture",
    "PaymentConfirmation",
    "PaymentInput",
    "PaymentMethod",
    "PaymentUpdateStatus",
    "RealtimeTranscription",
    "Recording",
    "RecordingChannels",
    "RecordingEncryptionDetailsType0",
    "RecordingPage",
    "RecordingSource",
    "RecordingStatus",
    "RecordingStatusCallbackEvent",
    "RecordingSubresourceUrisType0",
    "RecordingTrack",
    "RecordingUpdateStatus",
    "Siprec",
    "SiprecStatus",
    "SiprecUpdateStatus",
    "StatusCallbackEvent",
    "Stream",
    "StreamStatus",
    "StreamUpdateStatus",
    "TimesAfter",
    "TimesBefore",
    "TokenType",
    "TranscriptionStatus",
    "TranscriptionUpdateStatus",
    "Trim",
    "UpdateCallForm",
    "UpdatePaymentForm",
    "UpdateRecordingForm",
    "UpdateSiprecForm",
    "UpdateStatus",
    "UpdateStreamForm",
    "UpdateTranscriptionForm",
    "UserDefinedMessage",
    "UserDefinedMessageSubscription",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # once loaded, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
