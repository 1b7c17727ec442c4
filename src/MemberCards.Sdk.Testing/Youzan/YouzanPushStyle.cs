namespace MemberCards.Sdk.Testing;

/// <summary>How the <see cref="YouzanPushEmulator"/> signs and shapes a push.</summary>
public enum YouzanPushStyle
{
    /// <summary>Classic push: body <c>sign</c> = MD5(client_id + msg + client_secret), no <c>msg_id</c>, no headers.</summary>
    Classic,

    /// <summary>
    /// Youzan Cloud push: <c>Event-Sign</c>, <c>Event-Type</c> and <c>Client-Id</c> headers, a <c>msg_id</c>,
    /// and the body <c>sign</c> as well.
    /// </summary>
    Cloud,
}
