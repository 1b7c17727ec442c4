using System.Text.Json.Serialization;
using MemberCards.Sdk.Iot.Serialization;

namespace MemberCards.Sdk.Iot;

// Each field: a public init-only property, and an internal settable twin that the JSON source generator binds
// (init-only properties would put it on the parameterized-constructor path, which boxes every value).

/// <summary>
/// The fields of <c>customerAdd</c> and <c>customerUpdate</c>: every field of the platform's customer table.
/// Empty strings read as absent (<see langword="null"/>); ids are exact 64-bit values.
/// </summary>
public abstract class CustomerProfileEvent : IotEvent
{
    private protected CustomerProfileEvent()
    {
    }

    private long? id;
    private long? projectId;
    private string? name;
    private string? phone;
    private CustomerIdType? idType;
    private string? idNumber;
    private Sex? sex;
    private int? age;
    private IReadOnlyList<long> spaceIds = [];
    private long? customerGradeId;
    private long? customerTypeId;
    private string? emergencyContactName;
    private string? emergencyContactPhone;
    private string? address;
    private string? email;
    private string? remark;
    private long? birthDate;
    private string? nativePlace;
    private string? ethnicity;
    private MaritalStatus? maritalStatus;
    private Education? education;
    private string? profession;
    private string? specialty;
    private string? interests;
    private string? character;
    private string? postalCode;
    private string? employeeNumber;
    private string? facePhoto;
    private string? openId;
    private string? unionId;
    private CustomerStatus? customerStatus;

    /// <summary><c>id</c>: the customer id (主键id).</summary>
    [JsonIgnore]
    public long? Id { get => id; init => id = value; }

    [JsonInclude]
    [JsonPropertyName("id")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? IdJson { get => id; set => id = value; }

    /// <summary><c>projectId</c>: the project id (项目id).</summary>
    [JsonIgnore]
    public long? ProjectId { get => projectId; init => projectId = value; }

    [JsonInclude]
    [JsonPropertyName("projectId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? ProjectIdJson { get => projectId; set => projectId = value; }

    /// <summary><c>name</c>: the name.</summary>
    [JsonIgnore]
    public string? Name { get => name; init => name = value; }

    [JsonInclude]
    [JsonPropertyName("name")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? NameJson { get => name; set => name = value; }

    /// <summary><c>phone</c>: the phone number (personal data: redacted by <see cref="ToString"/>).</summary>
    [JsonIgnore]
    public string? Phone { get => phone; init => phone = value; }

    [JsonInclude]
    [JsonPropertyName("phone")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? PhoneJson { get => phone; set => phone = value; }

    /// <summary><c>idType</c>: the kind of identity document.</summary>
    [JsonIgnore]
    public CustomerIdType? IdType { get => idType; init => idType = value; }

    [JsonInclude]
    [JsonPropertyName("idType")]
    [JsonConverter(typeof(IotCodeConverter<CustomerIdType>))]
    internal CustomerIdType? IdTypeJson { get => idType; set => idType = value; }

    /// <summary><c>idNumber</c>: the identity document number (personal data: redacted by <see cref="ToString"/>).</summary>
    [JsonIgnore]
    public string? IdNumber { get => idNumber; init => idNumber = value; }

    [JsonInclude]
    [JsonPropertyName("idNumber")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? IdNumberJson { get => idNumber; set => idNumber = value; }

    /// <summary><c>sex</c>: the sex.</summary>
    [JsonIgnore]
    public Sex? Sex { get => sex; init => sex = value; }

    [JsonInclude]
    [JsonPropertyName("sex")]
    [JsonConverter(typeof(IotCodeConverter<Sex>))]
    internal Sex? SexJson { get => sex; set => sex = value; }

    /// <summary><c>age</c>: the age in years.</summary>
    [JsonIgnore]
    public int? Age { get => age; init => age = value; }

    [JsonInclude]
    [JsonPropertyName("age")]
    [JsonConverter(typeof(IotInt32Converter))]
    internal int? AgeJson { get => age; set => age = value; }

    /// <summary><c>spaceIds</c>: the spaces the customer belongs to (所属空间); empty when none.</summary>
    [JsonIgnore]
    public IReadOnlyList<long> SpaceIds { get => spaceIds; init => spaceIds = value ?? []; }

    [JsonInclude]
    [JsonPropertyName("spaceIds")]
    [JsonConverter(typeof(IotInt64ListConverter))]
    internal IReadOnlyList<long> SpaceIdsJson { get => spaceIds; set => spaceIds = value ?? []; }

    /// <summary><c>customerGradeId</c>: the customer grade (客户级别).</summary>
    [JsonIgnore]
    public long? CustomerGradeId { get => customerGradeId; init => customerGradeId = value; }

    [JsonInclude]
    [JsonPropertyName("customerGradeId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? CustomerGradeIdJson { get => customerGradeId; set => customerGradeId = value; }

    /// <summary><c>customerTypeId</c>: the customer type (客户类型).</summary>
    [JsonIgnore]
    public long? CustomerTypeId { get => customerTypeId; init => customerTypeId = value; }

    [JsonInclude]
    [JsonPropertyName("customerTypeId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? CustomerTypeIdJson { get => customerTypeId; set => customerTypeId = value; }

    /// <summary><c>contractName</c>: the emergency contact (紧急联系人; the wire name says "contract").</summary>
    [JsonIgnore]
    public string? EmergencyContactName { get => emergencyContactName; init => emergencyContactName = value; }

    [JsonInclude]
    [JsonPropertyName("contractName")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmergencyContactNameJson { get => emergencyContactName; set => emergencyContactName = value; }

    /// <summary><c>contractPhone</c>: the emergency contact's phone (紧急联系人电话).</summary>
    [JsonIgnore]
    public string? EmergencyContactPhone { get => emergencyContactPhone; init => emergencyContactPhone = value; }

    [JsonInclude]
    [JsonPropertyName("contractPhone")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmergencyContactPhoneJson { get => emergencyContactPhone; set => emergencyContactPhone = value; }

    /// <summary><c>address</c>: the address.</summary>
    [JsonIgnore]
    public string? Address { get => address; init => address = value; }

    [JsonInclude]
    [JsonPropertyName("address")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? AddressJson { get => address; set => address = value; }

    /// <summary><c>email</c>: the e-mail address.</summary>
    [JsonIgnore]
    public string? Email { get => email; init => email = value; }

    [JsonInclude]
    [JsonPropertyName("email")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmailJson { get => email; set => email = value; }

    /// <summary><c>remark</c>: a remark.</summary>
    [JsonIgnore]
    public string? Remark { get => remark; init => remark = value; }

    [JsonInclude]
    [JsonPropertyName("remark")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? RemarkJson { get => remark; set => remark = value; }

    /// <summary><c>bornDate</c>: the date of birth (出生年月), as the platform sends it (a <c>long</c>, usually Unix milliseconds).</summary>
    [JsonIgnore]
    public long? BirthDate { get => birthDate; init => birthDate = value; }

    [JsonInclude]
    [JsonPropertyName("bornDate")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? BirthDateJson { get => birthDate; set => birthDate = value; }

    /// <summary><c>nativePlace</c>: the native place (籍贯).</summary>
    [JsonIgnore]
    public string? NativePlace { get => nativePlace; init => nativePlace = value; }

    [JsonInclude]
    [JsonPropertyName("nativePlace")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? NativePlaceJson { get => nativePlace; set => nativePlace = value; }

    /// <summary><c>nation</c>: the ethnic group (民族).</summary>
    [JsonIgnore]
    public string? Ethnicity { get => ethnicity; init => ethnicity = value; }

    [JsonInclude]
    [JsonPropertyName("nation")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EthnicityJson { get => ethnicity; set => ethnicity = value; }

    /// <summary><c>marriage</c>: the marital status.</summary>
    [JsonIgnore]
    public MaritalStatus? MaritalStatus { get => maritalStatus; init => maritalStatus = value; }

    [JsonInclude]
    [JsonPropertyName("marriage")]
    [JsonConverter(typeof(IotCodeConverter<MaritalStatus>))]
    internal MaritalStatus? MaritalStatusJson { get => maritalStatus; set => maritalStatus = value; }

    /// <summary><c>education</c>: the highest education.</summary>
    [JsonIgnore]
    public Education? Education { get => education; init => education = value; }

    [JsonInclude]
    [JsonPropertyName("education")]
    [JsonConverter(typeof(IotCodeConverter<Education>))]
    internal Education? EducationJson { get => education; set => education = value; }

    /// <summary><c>profession</c>: the profession (职业).</summary>
    [JsonIgnore]
    public string? Profession { get => profession; init => profession = value; }

    [JsonInclude]
    [JsonPropertyName("profession")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? ProfessionJson { get => profession; set => profession = value; }

    /// <summary><c>speciality</c>: special skills (特长).</summary>
    [JsonIgnore]
    public string? Specialty { get => specialty; init => specialty = value; }

    [JsonInclude]
    [JsonPropertyName("speciality")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? SpecialtyJson { get => specialty; set => specialty = value; }

    /// <summary><c>interest</c>: hobbies and interests (兴趣爱好).</summary>
    [JsonIgnore]
    public string? Interests { get => interests; init => interests = value; }

    [JsonInclude]
    [JsonPropertyName("interest")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? InterestsJson { get => interests; set => interests = value; }

    /// <summary><c>character</c>: personality (性格).</summary>
    [JsonIgnore]
    public string? Character { get => character; init => character = value; }

    [JsonInclude]
    [JsonPropertyName("character")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? CharacterJson { get => character; set => character = value; }

    /// <summary><c>postalCode</c>: the postal code.</summary>
    [JsonIgnore]
    public string? PostalCode { get => postalCode; init => postalCode = value; }

    [JsonInclude]
    [JsonPropertyName("postalCode")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? PostalCodeJson { get => postalCode; set => postalCode = value; }

    /// <summary><c>jobNum</c>: the employee number (员工工号).</summary>
    [JsonIgnore]
    public string? EmployeeNumber { get => employeeNumber; init => employeeNumber = value; }

    [JsonInclude]
    [JsonPropertyName("jobNum")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmployeeNumberJson { get => employeeNumber; set => employeeNumber = value; }

    /// <summary><c>facePhoto</c>: the face-recognition photo (人脸识别).</summary>
    [JsonIgnore]
    public string? FacePhoto { get => facePhoto; init => facePhoto = value; }

    [JsonInclude]
    [JsonPropertyName("facePhoto")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? FacePhotoJson { get => facePhoto; set => facePhoto = value; }

    /// <summary><c>openId</c>: the user id within the tenant (用户id).</summary>
    [JsonIgnore]
    public string? OpenId { get => openId; init => openId = value; }

    [JsonInclude]
    [JsonPropertyName("openId")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? OpenIdJson { get => openId; set => openId = value; }

    /// <summary><c>unionId</c>: the pass id across applications (通行证id).</summary>
    [JsonIgnore]
    public string? UnionId { get => unionId; init => unionId = value; }

    [JsonInclude]
    [JsonPropertyName("unionId")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? UnionIdJson { get => unionId; set => unionId = value; }

    /// <summary><c>customerStatus</c>: whether the customer is enabled.</summary>
    [JsonIgnore]
    public CustomerStatus? CustomerStatus { get => customerStatus; init => customerStatus = value; }

    [JsonInclude]
    [JsonPropertyName("customerStatus")]
    [JsonConverter(typeof(IotCodeConverter<CustomerStatus>))]
    internal CustomerStatus? CustomerStatusJson { get => customerStatus; set => customerStatus = value; }

    /// <summary>The event without personal data: kind, ids and event type (phone and id number are never shown).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} id={Id} projectId={ProjectId} eventType={EventType} phone={Redaction.Phone(Phone)}";
}
