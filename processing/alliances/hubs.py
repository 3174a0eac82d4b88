"""The hub distance of smallbutstrong:proposealliances: which members may join a hub, within
MAX_HUB_DISTANCE (ellipsoidal) and MAX_HUB_TIME on the road network, and each member's distance
to its hub in the output."""

from __future__ import annotations

from typing import Dict, Optional

from qgis.core import QgsProcessingException

from ...compat import LINE_GEOMETRY
from ..base import tr
from ..distance import Geodesy, PointIndex
from ..units_io import Units


class HubDistance:
    """The hub distance steps of :class:`..propose_alliances.ProposeAlliancesAlgorithm`."""

    def _hub_reach(self, parameters, context, feedback, source, units: Units, eligible_ids: set, hubs_given: bool,
                   geodesy: Geodesy, settings: dict) -> Optional[Dict[str, set]]:
        """For each unit that can be a hub, the eligible units within MAX_HUB_DISTANCE (ellipsoidal,
        between points on surface) and within MAX_HUB_TIME on the road network; None without limits."""
        km, minutes = settings["max_hub_km"], settings["max_hub_minutes"]
        network = self.source(parameters, self.NETWORK, context, geometry=LINE_GEOMETRY, optional=True)
        if minutes > 0 and network is None:
            raise QgsProcessingException(tr("Parameter MAX_HUB_TIME: a travel time needs a road network; give "
                                            "NETWORK, or set MAX_HUB_TIME to 0."))
        if km <= 0 and minutes <= 0:
            return None
        from ..places import representative_point

        inside = [r for r in units if r.uid in eligible_ids or r.keys.get("locked") is not None]
        points = [representative_point(r.geometry, geodesy.to_wgs, geodesy.from_wgs) for r in inside]
        hubs = [k for k, r in enumerate(inside) if not hubs_given or r.flags.get("hub")]
        reach: Dict[str, set] = {inside[k].uid: {r.uid for r in inside} for k in hubs}
        if km > 0:
            index = PointIndex(geodesy, points)
            for k in hubs:
                near = index.within(points[k], km * 1000.0) if points[k] is not None else []
                reach[inside[k].uid] = {inside[j].uid for j, _ in near}
        if minutes > 0:
            from ..network import RoadNetwork

            speed = self.field(parameters, self.SPEED_FIELD, context, network, numeric=True, required=False)
            roads = RoadNetwork(network, speed, self.number(parameters, self.DEFAULT_SPEED, context, 0.1),
                                source.sourceCrs(), geodesy, context, feedback)
            roads.warn(feedback, self.SPEED_FIELD)
            have = [k for k, p in enumerate(points) if p is not None]
            roads.attach([points[k] for k in have])
            position = {k: n for n, k in enumerate(have)}
            for done, k in enumerate(hubs):
                if feedback.isCanceled():
                    return None
                if k not in position:
                    reach[inside[k].uid] = set()
                    continue
                times = roads.minutes_from(position[k], list(range(len(have))))
                reach[inside[k].uid] &= {inside[have[n]].uid for n, t in enumerate(times) if t <= minutes}
                feedback.setProgress(25.0 * done / max(1, len(hubs)))
        limits = [tr("{0:g} km").format(km)] if km > 0 else []
        limits += [tr("{0:g} minutes by road").format(minutes)] if minutes > 0 else []
        pairs = sum(len(v) for v in reach.values())
        feedback.pushInfo(tr("Hub distance: members within {0} of their hub; {1} (hub, member) pairs allowed.").format(
            tr(" and ").join(limits), pairs))
        return reach

    @staticmethod
    def _hub_kilometres(units: Units, solution, geodesy: Geodesy) -> Dict[str, Optional[float]]:
        """Each alliance member's distance to its hub (km, ellipsoidal between representative points)."""
        from ..places import representative_point

        records = {r.uid: r for r in units}
        out: Dict[str, Optional[float]] = {}
        for alliance in solution.alliances:
            hub = representative_point(records[alliance.hub].geometry, geodesy.to_wgs, geodesy.from_wgs)
            for uid in alliance.members:
                point = representative_point(records[uid].geometry, geodesy.to_wgs, geodesy.from_wgs)
                out[uid] = None if hub is None or point is None else geodesy.metres(hub, point) / 1000.0
        return out
