"""twilio_calls: place and control phone calls through Twilio's or SignalWire's Calls API."""

from ._version import __version__

__all__ = ["__version__"]
