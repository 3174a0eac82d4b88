"""The dock widget: a face over the Processing algorithms."""
