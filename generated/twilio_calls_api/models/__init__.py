# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Contains all the data models used in inputs/outputs"""

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
