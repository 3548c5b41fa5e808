namespace EditorialHub.Core;

/// <summary>One page of a list and the size of the whole list, for paged grids.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
