"""cxmapper: a desktop editor for customer-journey maps (touchpoints before, during and after a purchase)."""

__version__ = "0.1.0"
