using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>Writes each documented event with every field of the platform's tables under its wire name.</summary>
internal static class IotEventWriter
{
    internal static void Write(Utf8JsonWriter writer, IotEvent @event, Style style)
    {
        if (@event is UnknownIotEvent unknown)
        {
            unknown.Json.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        String(writer, "eventSendUserId", @event.EventSendUserId, style);
        Code(writer, "eventType", @event.EventType);
        switch (@event)
        {
            case CustomerProfileEvent customer:
                WriteCustomer(writer, customer, style);
                break;
            case CompanyProfileEvent company:
                WriteCompany(writer, company, style);
                break;
            case CustomerCompanyBindingEvent binding:
                WriteBinding(writer, binding, style);
                break;
            case CustomerDeleteEvent deleted:
                writer.WriteStartArray("customerUserDTOS");
                foreach (var customer in deleted.Customers)
                {
                    writer.WriteStartObject();
                    WriteDeleted(writer, customer, style);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case CompanyDeleteEvent companies:
                Ids(writer, "ids", companies.Ids, style);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteCustomer(Utf8JsonWriter writer, CustomerProfileEvent e, Style style)
    {
        Id(writer, "id", e.Id, style);
        Id(writer, "projectId", e.ProjectId, style);
        String(writer, "name", e.Name, style);
        String(writer, "phone", e.Phone, style);
        Code(writer, "idType", e.IdType);
        String(writer, "idNumber", e.IdNumber, style);
        Code(writer, "sex", e.Sex);
        Int(writer, "age", e.Age);
        Ids(writer, "spaceIds", e.SpaceIds, style);
        Id(writer, "customerGradeId", e.CustomerGradeId, style);
        Id(writer, "customerTypeId", e.CustomerTypeId, style);
        String(writer, "contractName", e.EmergencyContactName, style);
        String(writer, "contractPhone", e.EmergencyContactPhone, style);
        String(writer, "address", e.Address, style);
        String(writer, "email", e.Email, style);
        String(writer, "remark", e.Remark, style);
        Id(writer, "bornDate", e.BirthDate, style);
        String(writer, "nativePlace", e.NativePlace, style);
        String(writer, "nation", e.Ethnicity, style);
        Code(writer, "marriage", e.MaritalStatus);
        Code(writer, "education", e.Education);
        String(writer, "profession", e.Profession, style);
        String(writer, "speciality", e.Specialty, style);
        String(writer, "interest", e.Interests, style);
        String(writer, "character", e.Character, style);
        String(writer, "postalCode", e.PostalCode, style);
        String(writer, "jobNum", e.EmployeeNumber, style);
        String(writer, "facePhoto", e.FacePhoto, style);
        String(writer, "openId", e.OpenId, style);
        String(writer, "unionId", e.UnionId, style);
        Code(writer, "customerStatus", e.CustomerStatus);
    }

    private static void WriteCompany(Utf8JsonWriter writer, CompanyProfileEvent e, Style style)
    {
        Id(writer, "id", e.Id, style);
        Id(writer, "projectId", e.ProjectId, style);
        String(writer, "name", e.Name, style);
        String(writer, "phone", e.Phone, style);
        Code(writer, "idType", e.IdType);
        String(writer, "idNumber", e.IdNumber, style);
        Ids(writer, "spaceIds", e.SpaceIds, style);
        Id(writer, "customerGradeId", e.CustomerGradeId, style);
        Id(writer, "customerTypeId", e.CustomerTypeId, style);
        String(writer, "contractName", e.EmergencyContactName, style);
        String(writer, "contractPhone", e.EmergencyContactPhone, style);
        String(writer, "address", e.Address, style);
        String(writer, "email", e.Email, style);
        String(writer, "remark", e.Remark, style);
        String(writer, "registrationName", e.RegistrationAuthority, style);
        String(writer, "legalPerson", e.LegalRepresentative, style);
        Id(writer, "registerDate", e.RegistrationDate, style);
        Code(writer, "status", e.Status);
        String(writer, "registerCapital", e.RegisteredCapital, style);
        String(writer, "registerAddress", e.RegisteredAddress, style);
        String(writer, "fax", e.Fax, style);
        String(writer, "employeeCount", e.EmployeeCount, style);
        String(writer, "stockCode", e.StockCode, style);
        Code(writer, "countryCertification", e.HighTechCertification);
        String(writer, "website", e.Website, style);
        String(writer, "income", e.Income, style);
        String(writer, "profit", e.Profit, style);
        String(writer, "ratal", e.TaxPaid, style);
        String(writer, "whichIndustry", e.Industry, style);
        String(writer, "developmentCost", e.ResearchSpending, style);
        String(writer, "merchantCode", e.MerchantCode, style);
        String(writer, "logoUrl", e.LogoUrl, style);
        Code(writer, "customerStatus", e.CustomerStatus);
    }

    private static void WriteBinding(Utf8JsonWriter writer, CustomerCompanyBindingEvent e, Style style)
    {
        Id(writer, "customerId", e.CustomerId, style);
        Ids(writer, "companyIds", e.CompanyIds, style);
        Strings(writer, "outCompanyIds", e.OutCompanyIds, style);
        Id(writer, "projectId", e.ProjectId, style);
        String(writer, "openId", e.OpenId, style);
        String(writer, "userId", e.UserId, style);
    }

    private static void WriteDeleted(Utf8JsonWriter writer, DeletedCustomer e, Style style)
    {
        Id(writer, "customerId", e.CustomerId, style);
        String(writer, "openId", e.OpenId, style);
        String(writer, "userId", e.UserId, style);
        Ids(writer, "companyIds", e.CompanyIds, style);
    }

    private static void String(Utf8JsonWriter writer, string name, string? value, Style style)
    {
        if (value is not null || style.EmptyStringsForAbsent)
        {
            writer.WriteString(name, value ?? string.Empty);
        }
    }

    private static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values, Style style)
    {
        if (values.Count == 0 && !style.EmptyStringsForAbsent)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Id(Utf8JsonWriter writer, string name, long? value, Style style)
    {
        if (value is not { } id)
        {
            return;
        }

        if (style.IdsAsStrings)
        {
            writer.WriteString(name, id.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumber(name, id);
        }
    }

    private static void Ids(Utf8JsonWriter writer, string name, IReadOnlyList<long> values, Style style)
    {
        if (values.Count == 0 && !style.EmptyStringsForAbsent)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var id in values)
        {
            if (style.IdsAsStrings)
            {
                writer.WriteStringValue(id.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNumberValue(id);
            }
        }

        writer.WriteEndArray();
    }

    private static void Int(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Code<TEnum>(Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } code)
        {
            writer.WriteNumber(name, Unsafe.As<TEnum, int>(ref code));
        }
    }

    /// <summary>How absent values and ids are written.</summary>
    internal readonly record struct Style(bool IdsAsStrings, bool EmptyStringsForAbsent);
}
