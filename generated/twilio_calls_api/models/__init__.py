# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Contains all the data models used in inputs/outputs"""

from .answered_by import AnsweredBy
from .async_amd import AsyncAmd
from .call import Call
from .call_page import CallPage
from .call_status import CallStatus
from .call_subresource_uris_type_0 import CallSubresourceUrisType0
from .callback_status import CallbackStatus
from .create_call_form import CreateCallForm
from .direction import Direction
from .error import Error
from .error_errors_item import ErrorErrorsItem
from .http_method import HttpMethod
from .machine_detection import MachineDetection
from .recording_channels import RecordingChannels
from .recording_status_callback_event import RecordingStatusCallbackEvent
from .recording_track import RecordingTrack
from .status_callback_event import StatusCallbackEvent
from .times_after import TimesAfter
from .times_before import TimesBefore
from .trim import Trim
from .update_call_form import UpdateCallForm
from .update_status import UpdateStatus

__all__ = (
    "AnsweredBy",
    "AsyncAmd",
    "Call",
    "CallbackStatus",
    "CallPage",
    "CallStatus",
    "CallSubresourceUrisType0",
    "CreateCallForm",
    "Direction",
    "Error",
    "ErrorErrorsItem",
    "HttpMethod",
    "MachineDetection",
    "RecordingChannels",
    "RecordingStatusCallbackEvent",
    "RecordingTrack",
    "StatusCallbackEvent",
    "TimesAfter",
    "TimesBefore",
    "Trim",
    "UpdateCallForm",
    "UpdateStatus",
)
