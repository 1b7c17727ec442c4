namespace MemberCards.Sdk.Iot;

/// <summary>The key an event arrives under in a message's <c>events</c> object.</summary>
public enum IotEventKind
{
    /// <summary>A key this version of the SDK does not know (see <see cref="UnknownIotEvent"/>).</summary>
    Unknown = 0,

    /// <summary><c>customerAdd</c>: a customer was created.</summary>
    CustomerAdd,

    /// <summary><c>customerUpdate</c>: a customer was changed, enabled or disabled.</summary>
    CustomerUpdate,

    /// <summary><c>customerBindCompany</c>: a customer was bound to companies.</summary>
    CustomerBindCompany,

    /// <summary><c>customerUnbindCompany</c>: a customer was unbound from companies.</summary>
    CustomerUnbindCompany,

    /// <summary><c>customerDelete</c>: customers were deleted.</summary>
    CustomerDelete,

    /// <summary><c>companyAdd</c>: a company was created.</summary>
    CompanyAdd,

    /// <summary><c>companyUpdate</c>: a company was changed, enabled or disabled.</summary>
    CompanyUpdate,

    /// <summary><c>companyDelete</c>: companies were deleted.</summary>
    CompanyDelete,
}
