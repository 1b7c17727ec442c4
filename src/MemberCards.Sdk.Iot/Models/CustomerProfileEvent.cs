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
    public CustomerIdType? IdType { get; set; }

    /// <summary><c>sex</c>: the sex.</summary>
    public Sex? Sex { get; set; }

    /// <summary><c>age</c>: the age in years.</summary>
    public int? Age { get; set; }

    /// <summary><c>bornDate</c>: the date of birth (出生年月), as the platform sends it (a <c>long</c>, usually Unix milliseconds).</summary>
    [JsonPropertyName("bornDate")]
    public long? BirthDate { get; set; }

    /// <summary><c>nativePlace</c>: the native place (籍贯).</summary>
    public string? NativePlace { get; set; }

    /// <summary><c>nation</c>: the ethnic group (民族).</summary>
    [JsonPropertyName("nation")]
    public string? Ethnicity { get; set; }

    /// <summary><c>marriage</c>: the marital status.</summary>
    [JsonPropertyName("marriage")]
    public MaritalStatus? MaritalStatus { get; set; }

    /// <summary><c>education</c>: the highest education.</summary>
    public Education? Education { get; set; }

    /// <summary><c>profession</c>: the profession (职业).</summary>
    public string? Profession { get; set; }

    /// <summary><c>speciality</c>: special skills (特长).</summary>
    [JsonPropertyName("speciality")]
    public string? Specialty { get; set; }

    /// <summary><c>interest</c>: hobbies and interests (兴趣爱好).</summary>
    [JsonPropertyName("interest")]
    public string? Interests { get; set; }

    /// <summary><c>character</c>: personality (性格).</summary>
    public string? Character { get; set; }

    /// <summary><c>postalCode</c>: the postal code.</summary>
    public string? PostalCode { get; set; }

    /// <summary><c>jobNum</c>: the employee number (员工工号).</summary>
    [JsonPropertyName("jobNum")]
    public string? EmployeeNumber { get; set; }

    /// <summary><c>facePhoto</c>: the face-recognition photo (人脸识别).</summary>
    public string? FacePhoto { get; set; }

    /// <summary><c>openId</c>: the user id within the tenant (用户id).</summary>
    public string? OpenId { get; set; }

    /// <summary><c>unionId</c>: the pass id across applications (通行证id).</summary>
    public string? UnionId { get; set; }

    /// <summary>The event without personal data: kind, ids and event type (phone and id number are never shown).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} id={Id} projectId={ProjectId} eventType={EventType} phone={Redaction.Phone(Phone)}";
}
