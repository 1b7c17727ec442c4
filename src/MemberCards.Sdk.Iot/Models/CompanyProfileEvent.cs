namespace MemberCards.Sdk.Iot;

/// <summary>
/// The fields of <c>companyAdd</c> and <c>companyUpdate</c>: every field of the platform's company table.
/// Empty strings read as absent (<see langword="null"/>); ids are exact 64-bit values.
/// </summary>
public abstract class CompanyProfileEvent : ProfileEvent
{
    private protected CompanyProfileEvent(IotEventKind kind)
        : base(kind)
    {
    }

    /// <summary><c>idType</c>: the kind of registration number.</summary>
    public CompanyIdType? IdType { get; set; }

    /// <summary><c>registrationName</c>: the registration authority (登记机关).</summary>
    [JsonPropertyName("registrationName")]
    public string? RegistrationAuthority { get; set; }

    /// <summary><c>legalPerson</c>: the registered legal representative (登记法人).</summary>
    [JsonPropertyName("legalPerson")]
    public string? LegalRepresentative { get; set; }

    /// <summary><c>registerDate</c>: the date of establishment (成立日期), as the platform sends it (a <c>long</c>, usually Unix milliseconds).</summary>
    [JsonPropertyName("registerDate")]
    public long? RegistrationDate { get; set; }

    /// <summary><c>status</c>: the registration status (企业状态).</summary>
    public CompanyStatus? Status { get; set; }

    /// <summary><c>registerCapital</c>: the registered capital (注册资本), as text.</summary>
    [JsonPropertyName("registerCapital")]
    public string? RegisteredCapital { get; set; }

    /// <summary><c>registerAddress</c>: the registered address (注册地点).</summary>
    [JsonPropertyName("registerAddress")]
    public string? RegisteredAddress { get; set; }

    /// <summary><c>fax</c>: the fax number.</summary>
    public string? Fax { get; set; }

    /// <summary><c>employeeCount</c>: the number of employees (员工数), as text.</summary>
    public string? EmployeeCount { get; set; }

    /// <summary><c>stockCode</c>: the stock code (股票代码).</summary>
    public string? StockCode { get; set; }

    /// <summary><c>countryCertification</c>: the national high-tech enterprise certification (国高认证).</summary>
    [JsonPropertyName("countryCertification")]
    public HighTechCertification? HighTechCertification { get; set; }

    /// <summary><c>website</c>: the website.</summary>
    public string? Website { get; set; }

    /// <summary><c>income</c>: the income (收入), as text.</summary>
    public string? Income { get; set; }

    /// <summary><c>profit</c>: the profit (利润), as text.</summary>
    public string? Profit { get; set; }

    /// <summary><c>ratal</c>: the tax paid (纳税额), as text.</summary>
    [JsonPropertyName("ratal")]
    public string? TaxPaid { get; set; }

    /// <summary><c>whichIndustry</c>: the industry (所属行业).</summary>
    [JsonPropertyName("whichIndustry")]
    public string? Industry { get; set; }

    /// <summary><c>developmentCost</c>: the R&amp;D spending (研发投入), as text.</summary>
    [JsonPropertyName("developmentCost")]
    public string? ResearchSpending { get; set; }

    /// <summary><c>merchantCode</c>: the merchant number (商户号).</summary>
    public string? MerchantCode { get; set; }

    /// <summary><c>logoUrl</c>: the company logo (企业Logo).</summary>
    public string? LogoUrl { get; set; }

    /// <summary>The event in short: kind, ids and event type.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} id={Id} projectId={ProjectId} eventType={EventType} status={Status}";
}
