namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The answer of <c>cgi-bin/message/mass/sendall</c>, <c>mass/send</c> and <c>mass/preview</c>: the send job was accepted
/// (delivery happens later; WeChat reports it in the <c>MASSSENDJOBFINISH</c> event).
/// </summary>
public sealed class WeChatMassSendResponse : WeChatResponse
{
    /// <summary>The send job's id (<c>msg_id</c>): use it to query or delete the mass message.</summary>
    public long? MsgId { get; set; }

    /// <summary>The id of the message's data (<c>msg_data_id</c>), sent for mass messages that appear in the history; absent for a preview.</summary>
    public long? MsgDataId { get; set; }
}
