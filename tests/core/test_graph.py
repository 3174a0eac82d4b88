"""Graph helpers on unit-id edge lists: no QGIS needed."""

from small_but_strong.core.graph import build_adjacency, connected_components, is_connected


def test_build_adjacency_is_symmetric_and_ignores_noise():
    adj = build_adjacency(["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("b", "c"), ("c", "c"), ("c", "zz")])
    assert adj == {"a": {"b"}, "b": {"a", "c"}, "c": {"b"}, "d": set()}


def test_connected_components_sorted_and_induced():
    adj = build_adjacency(list("abcdef"), [("a", "b"), ("b", "c"), ("d", "e")])
    assert connected_components(adj) == [["a", "b", "c"], ["d", "e"], ["f"]]
    # induced: without b, a and c fall apart
    assert connected_components(adj, ["a", "c", "d", "e"]) == [["a"], ["c"], ["d", "e"]]
    # nodes missing from the adjacency are isolated, not an error
    assert connected_components(adj, ["a", "zz"]) == [["a"], ["zz"]]


def test_is_connected():
    adj = build_adjacency(list("abcd"), [("a", "b"), ("b", "c"), ("c", "d")])
    assert is_connected(["a", "b", "c"], adj)
    assert is_connected(["d"], adj)
    assert is_connected(["a", "b", "b"], adj)
    assert not is_connected(["a", "c"], adj)  # only via b, which is not a member
    assert not is_connected([], adj)
