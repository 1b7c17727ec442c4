namespace MemberCards.Sdk.Iot;

/// <summary>
/// The fields of <c>customerAdd</c> and <c>customerUpdate</c>: every field of the platform's customer table.
/// Empty strings read as absent (<see langword="null"/>); ids are exact 64-bit values.
/// </summary>
public abstract class CustomerProfileEvent : ProfileEvent
{
    private protected CustomerProfileEvent(IotEventKind kind)
        : base(kind)
    {
    }

    /// <summary><c>idType</c>: the kind of identity document.</summary>
    public CustomerIdType? IdType { get; init; }

    /// <summary><c>sex</c>: the sex.</summary>
    public Sex? Sex { get; init; }

    /// <summary><c>age</c>: the age in years.</summary>
    public int? Age { get; init; }

    /// <summary><c>bornDate</c>: the date of birth (出生年月), as the platform sends it (a <c>long</c>, usually Unix milliseconds).</summary>
    [JsonPropertyName("bornDate")]
    public long? BirthDate { get; init; }

    /// <summary><c>nativePlace</c>: the native place (籍贯).</summary>
    public string? NativePlace { get; init; }

    /// <summary><c>nation</c>: the ethnic group (民族).</summary>
    [JsonPropertyName("nation")]
    public string? Ethnicity { get; init; }

    /// <summary><c>marriage</c>: the marital status.</summary>
    [JsonPropertyName("marriage")]
    public MaritalStatus? MaritalStatus { get; init; }

    /// <summary><c>education</c>: the highest education.</summary>
    public Education? Education { get; init; }

    /// <summary><c>profession</c>: the profession (职业).</summary>
    public string? Profession { get; init; }

    /// <summary><c>speciality</c>: special skills (特长).</summary>
    [JsonPropertyName("speciality")]
    public string? Specialty { get; init; }

    /// <summary><c>interest</c>: hobbies and interests (兴趣爱好).</summary>
    [JsonPropertyName("interest")]
    public string? Interests { get; init; }

    /// <summary><c>character</c>: personality (性格).</summary>
    public string? Character { get; init; }

    /// <summary><c>postalCode</c>: the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary><c>jobNum</c>: the employee number (员工工号).</summary>
    [JsonPropertyName("jobNum")]
    public string? EmployeeNumber { get; init; }

    /// <summary><c>facePhoto</c>: the face-recognition photo (人脸识别).</summary>
    public string? FacePhoto { get; init; }

    /// <summary><c>openId</c>: the user id within the tenant (用户id).</summary>
    public string? OpenId { get; init; }

    /// <summary><c>unionId</c>: the pass id across applications (通行证id).</summary>
    public string? UnionId { get; init; }

    /// <summary>The event without personal data: kind, ids and event type (phone and id number are never shown).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} id={Id} projectId={ProjectId} eventType={EventType} phone={Redaction.Phone(Phone)}";
}
