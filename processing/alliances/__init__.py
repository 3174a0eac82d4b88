"""The steps of smallbutstrong:proposealliances (:mod:`..propose_alliances`, which keeps the
parameters, the reading and the problem) that live on their own: the hub distance and the writing."""

from .hubs import HubDistance
from .writing import Writing

__all__ = ["HubDistance", "Writing"]
