namespace EditorialHub.Core.Articles;

/// <summary>The five grounds on which an item is refused (Điều 15).</summary>
public enum RefusalGround
{
    /// <summary>Điều 15.1: contrary to the Party's line, State policy and law.</summary>
    ContraryToPolicyOrLaw = 1,
    /// <summary>Điều 15.2: a state secret, or not yet made public.</summary>
    SecretOrNotPublic = 2,
    /// <summary>Điều 15.3: untrue.</summary>
    Untrue = 3,
    /// <summary>Điều 15.4: not of sufficient quality.</summary>
    InsufficientQuality = 4,
    /// <summary>Điều 15.5: otherwise barred by law from the portal.</summary>
    OtherwiseBarredByLaw = 5,
}

/// <summary>The grounds on which a published item is taken down (Điều 12.4).</summary>
public enum TakeDownGround
{
    /// <summary>Không còn phù hợp về thời điểm.</summary>
    NoLongerTimely = 1,
    /// <summary>Không còn phù hợp về nội dung.</summary>
    NoLongerAppropriate = 2,
    /// <summary>Có ý kiến từ phía người cung cấp thông tin.</summary>
    ProviderAsked = 3,
}
