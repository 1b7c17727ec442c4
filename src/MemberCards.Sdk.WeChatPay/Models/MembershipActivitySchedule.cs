namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// What an activity shows and when it runs, as created and as changed: titles and times, all required. A request's
/// identifying fields come before them in the body (<see cref="Lead"/>), its other fields after (<see cref="Trail"/>).
/// </summary>
public abstract record MembershipActivitySchedule
{
    /// <summary>The <c>[JsonPropertyOrder]</c> of the fields a request writes before the schedule.</summary>
    private protected const int Lead = -1;

    /// <summary>The <c>[JsonPropertyOrder]</c> of the fields a request writes after the schedule (a derived record's own fields otherwise come first).</summary>
    private protected const int Trail = 1;

    /// <summary><c>title</c> (at most 128 characters); required.</summary>
    public required string Title { get; set; }

    /// <summary><c>sub_title</c> (at most 128 characters); required.</summary>
    public required string SubTitle { get; set; }

    /// <summary><c>begin_time</c>; required.</summary>
    public required DateTimeOffset BeginTime { get; set; }

    /// <summary><c>end_time</c> (after <see cref="BeginTime"/>); required.</summary>
    public required DateTimeOffset EndTime { get; set; }

    /// <summary>The documented limits of the titles, and an end after the beginning.</summary>
    private protected void ValidateSchedule()
    {
        FieldRules.Required(Title, "title", 128);
        FieldRules.Required(SubTitle, "sub_title", 128);
        FieldRules.Ordered(BeginTime, EndTime, "end_time");
    }
}
