"""One module per API group; each holds a sync class and its async twin."""
