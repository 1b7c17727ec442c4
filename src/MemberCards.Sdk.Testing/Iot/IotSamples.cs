using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>The IoT platform's published sample message (every event kind in one message), byte for byte.</summary>
public static class IotSamples
{
    /// <summary>A topic of the documented form for the sample: tenant <c>demo-tenant</c>, project <c>1080446148159139840</c>.</summary>
    public const string Topic = "demo-tenant/proj_1080446148159139840/v1-business-customer";

    /// <summary>The sample message as published by the platform (UTF-8 JSON, with its original line breaks).</summary>
    public const string MessageJson = $$"""
{
"msgId":123132131231,
"reportTs":1682216549951,
"profile":{
"poiCode":"s009",
"appType":"customer",
"modelId":9
},
"events":{
"customerAdd":{
"eventType":1,
"eventSendUserId":"12123243242",
"id":324235435243243,
"education":0,
"nation":"",
"facePhoto":"",
"openId":"6659967826199557",
"postalCode":"",
"remark":"",
"idNumber":"",
"speciality":"",
"character":"",
"interest":"",
"marriage":0,
"contractName":"",
"spaceIds":[
],
"email":"",
"profession":"",
"contractPhone":"",
"jobNum":"",
"idType":0,
"address":"",
"unionId":"6659967826199558",
"sex":0,
"phone":"12121",
"name":"21121",
"nativePlace":"",
"projectId":1080446148159139840
},
"customerUpdate":{
"eventType":1,
"eventSendUserId":"12123243242",
"id":324235435243243,
"profession":"",
"contractPhone":"",
"jobNum":"",
"idType":0,
"address":"",
"education":0,
"nation":"",
"facePhoto":"",
"sex":0,
"postalCode":"",
"remark":"",
"idNumber":"",
"speciality":"",
"character":"",
"phone":"1231",
"interest":"",
"marriage":0,
"name":"12132",
"nativePlace":"",
"contractName":"",
"spaceIds":[
],
"projectId":371344636432453,
"email":""
},
"customerBindCompany":{
"eventSendUserId":"12123243242",
"eventType":1,
"companyIds":[
1090560337592619000,
1095697073878896600,
1089935576986456000
],
"customerId":1106257098023592000,
"projectId":1080446148159139840,
"userId": "1787768503159414786",
"openId":"1323124131121"
},
"customerUnbindCompany":{
"eventSendUserId":"12123243242",
"eventType":1,
"companyIds":[
1090560337592619000,
1095697073878896600
],
"customerId":1106254901758820400,
"projectId":371344636432453,
"userId": "1787768503159414786",
"openId":"1323124131121"
},
"customerDelete":{
"eventSendUserId":"12123243242",
"eventType":1,
"customerUserDTOS":[{
"customerId":1106257098023592000,
"openId":"1323124131121",
"companyIds":[
1090560337592619000,
1095697073878896600
]
}
]
},
"companyAdd":{
{{CompanyFields}}
"phone":"1111",
"name":"1111",
"projectId":371344636432453,
"status":0
},
"companyUpdate":{
{{CompanyFields}}
"phone":"111",
"name":"111",
"projectId":371344636432453,
"status":0
},
"companyDelete":{
"eventSendUserId":"12123243242",
"eventType":1,
"ids":[1106260436558184400]
}
}
}
""";

    // The fields companyAdd and companyUpdate of the sample share, in the sample's order (all but phone, name, projectId
    // and status); stated once and spliced into both, so the composed text is the published one byte for byte.
    private const string CompanyFields = """
"eventSendUserId":"12123243242",
"eventType":1,
"income":"",
"registrationName":"",
"remark":"",
"developmentCost":"",
"idNumber":"",
"employeeCount":"",
"legalPerson":"",
"whichIndustry":"",
"contractName":"",
"spaceIds":[
],
"fax":"",
"profit":"",
"email":"",
"contractPhone":"",
"website":"",
"merchantCode":"",
"idType":0,
"address":"",
"ratal":"",
"stockCode":"",
"logoUrl":"",
"registerAddress":"",
"countryCertification":0,
"registerCapital":"",
""";

    /// <summary>The sample message as UTF-8 bytes.</summary>
    /// <returns>A fresh copy of the bytes.</returns>
    public static byte[] MessageBytes() => System.Text.Encoding.UTF8.GetBytes(MessageJson);

    /// <summary>
    /// One message per documented event kind, every id a 64-bit value beyond a double's exact range, in the platform's
    /// dependency order (companyAdd, companyUpdate, customerAdd, customerUpdate, customerBindCompany,
    /// customerUnbindCompany, customerDelete, companyDelete). Message ids are <paramref name="firstMessageId"/> onwards.
    /// </summary>
    /// <param name="firstMessageId">The <c>msgId</c> of the first message.</param>
    /// <returns>The eight messages.</returns>
    public static IReadOnlyList<IotMessageBuilder> EveryKind(long firstMessageId = 1090560337592619001)
    {
        const long Company = 1090560337592619000;
        const long Customer = 1106257098023592001;
        const long Project = 1080446148159139840;
        IotEvent[] events =
        [
            new CompanyAddEvent { Id = Company, ProjectId = Project, Name = "Acme Ltd", Phone = "02112345678", SpaceIds = [1095697073878896600], IdType = CompanyIdType.UnifiedSocialCreditCode, EventType = IotEventType.Notification },
            new CompanyUpdateEvent { Id = Company, ProjectId = Project, Name = "Acme Group Ltd", Status = CompanyStatus.InBusiness, EventType = IotEventType.Enabled },
            new CustomerAddEvent { Id = Customer, ProjectId = Project, Name = "张三", Phone = "13800001111", OpenId = "6659967826199557", UnionId = "6659967826199558", SpaceIds = [1095697073878896600], EventType = IotEventType.Notification },
            new CustomerUpdateEvent { Id = Customer, ProjectId = Project, Name = "张三", Phone = "13800002222", EventType = IotEventType.Disabled },
            new CustomerBindCompanyEvent { CustomerId = Customer, CompanyIds = [Company, 1089935576986456000], ProjectId = Project, OpenId = "6659967826199557" },
            new CustomerUnbindCompanyEvent { CustomerId = Customer, CompanyIds = [1089935576986456000], ProjectId = Project },
            new CustomerDeleteEvent { Customers = [new DeletedCustomer { CustomerId = Customer, OpenId = "6659967826199557", CompanyIds = [Company] }] },
            new CompanyDeleteEvent { Ids = [Company, 1106260436558184400] },
        ];
        var messages = new List<IotMessageBuilder>(events.Length);
        for (var i = 0; i < events.Length; i++)
        {
            messages.Add(new IotMessageBuilder().WithMessageId(firstMessageId + i).Add(events[i]));
        }

        return messages;
    }
}
