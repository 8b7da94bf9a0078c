"""briefing: turn source articles into briefings and publish them as a website."""

__version__ = "0.1.0"
