namespace MemberCards.Sdk.Core.Tests.Unit;

/// <summary>
/// Key material derived with openssl: other forms of the published key K1 (PKCS#1, SPKI, a self-signed certificate whose
/// serial is <see cref="MemberCards.Sdk.TestVectors.PublishedVectors.TvASerialNumber"/>) and an EC key. K1 and P1 themselves live in <see cref="MemberCards.Sdk.TestVectors.PublishedVectors"/>.
/// </summary>
internal static class TestKeys
{
    public const string K1Pkcs1 = """
        -----BEGIN RSA PRIVATE KEY-----
        MIIEogIBAAKCAQEAptpm+qvIDCh/9wjU26SQCK26ogYkBhDrYxnAaw2JbbBsp1oD
        bHKk+1r381NeBUG2HEFAuU+Fr72u5ot3yKdzoF/FajAzQNKnm569/D3upKoi8mYB
        aST15Uig8j8qoUW1U217LL0jEHlSnHV3lcaDTXqDpTRR4Bfz9IqOgJgFZ8/oTfEo
        mSrjrLYef81Eyxr7ZIMQXEKKEK7V4UXKS0+/fDsiG/cXidhzt8UbTL9vqXqxM2+I
        DImyO+FAc/tkBG55LmzxPto1Nq0WbnZzRM/wTzrd0I/8NlevxtFbphg4evlHjFNI
        7+GrqR87ViEwuAJJ9Je5QQjct5YJfFRWiZ5CMQIDAQABAoIBAGBi/GhEgezcHIg1
        ltlHaFlLGuxsRbUnYwM9phVxnXk7GJlYe2/TjpERjPkIqOC6hBwwadZjJORP3FCc
        Mtc8PKRhjuZ377O7vU0915x2nnyLOGL1IE2AJ3iLi0ZFzTea0FPgg+5lWHM00s9F
        YI6qPcGtS41M+xtMWwZiYE3TBBRibHiY8ugGyaNAhiMKehyW05uApjlIF55wwCGx
        BkyESJpGRR/6853iHke6Ge+xVcMa9QmQdoH0QqL/8kT28PL568mJJr0Ow/83t4+d
        Pe70YPzKAxgUnaDsHJqO+b8qH69AEs8rTI5h2Mon6pH+bJT66KUoiXhn+Kf+4LSs
        henRP10CgYEA1QJSfuFOWVRjrg3N/rAIc/Ak84BTZavbyrkqBSuoTs9i/nMI/hOz
        VxpDntg7Bx2Tctl6sZO3GioTxKdc/YYaTKci1TKBbeginpsqEQVgwkMCy8HpvUmR
        fyAMqLwZC4h9+j+NiZtuoFJDTCgv+WYbasX+kWYEUM21bnSYuO7yEQsCgYEAyIdP
        r9uzqPgzN34Tmx+CNTa16VjhBh+zkBtXRLDLhWBeIYxoYNJARD98Pb1XZdvpkZZW
        Sk7MfaKo2/DomzyyyB/MbHWwAdFi3yb4y7uMJfyC1MzdUSNN3Vp579hJxHkJ+nN4
        Ys76yfcEeVOLnvUT1Z0KKCdIWRdT1Lgi+X1itzMCgYBJUXlPzwGG4fNFj97d0X23
        Wmt9nSgXkOYgi0eZbAOMzPmIF9R6kBFk49dur4Lx2g5Ms+r1gKC/0sfnIqxxX11i
        EQ1+UNoYGJUB/uql3TIG68XkmKR50P7RwRhaZBRC0gJ6xrFTMjsL2ATuC88niyvY
        vrn3FiRaI9RVZrDCxwxvLQKBgEXW4okEAqGBuAzGqztmkOnJoTehDdYdKmOxMgap
        cGiGdKJIjX3THDDoz3ONQyglnEZpTqpYoV3MTfU0BT8zt6x9bqwDnQY1D7NalmIW
        cqw0Mri8lQQSQKcsQLWo5aA466G/n5kCL1Qx5OwAjesRvhOyuvvbGpZ0ymyWqQ+t
        fLkDAoGATcul1L8y5D/wNVP1GXbXMZfBsFP3bbqy8c+Ashm6g8OLm2mGNntd5Z6h
        1KkID7Yksh+dZ6t7XaPBtGACXX5Eryr537JVvdX8hAVCp5HVtaN/9VBVP8Ka2e4s
        VS/xeNgOMQ7uzhRPBJ8HiTmdI1nHhDnYQpGiBgQn0Z5RAkSvFMk=
        -----END RSA PRIVATE KEY-----
        """;

    public const string K1Pkcs1Public = """
        -----BEGIN RSA PUBLIC KEY-----
        MIIBCgKCAQEAptpm+qvIDCh/9wjU26SQCK26ogYkBhDrYxnAaw2JbbBsp1oDbHKk
        +1r381NeBUG2HEFAuU+Fr72u5ot3yKdzoF/FajAzQNKnm569/D3upKoi8mYBaST1
        5Uig8j8qoUW1U217LL0jEHlSnHV3lcaDTXqDpTRR4Bfz9IqOgJgFZ8/oTfEomSrj
        rLYef81Eyxr7ZIMQXEKKEK7V4UXKS0+/fDsiG/cXidhzt8UbTL9vqXqxM2+IDImy
        O+FAc/tkBG55LmzxPto1Nq0WbnZzRM/wTzrd0I/8NlevxtFbphg4evlHjFNI7+Gr
        qR87ViEwuAJJ9Je5QQjct5YJfFRWiZ5CMQIDAQAB
        -----END RSA PUBLIC KEY-----
        """;

    public const string K1Certificate = """
        -----BEGIN CERTIFICATE-----
        MIIDNzCCAh+gAwIBAgIUQIsH55uCaf7D1dPmq47RY6ajgNswDQYJKoZIhvcNAQEL
        BQAwKjEZMBcGA1UEAwwQTWVtYmVyQ2FyZHMgVGVzdDENMAsGA1UECgwEVGVzdDAg
        Fw0yNjExMjIwNjEwMjlaGA8yMTI2MTAyOTA2MTAyOVowKjEZMBcGA1UEAwwQTWVt
        YmVyQ2FyZHMgVGVzdDENMAsGA1UECgwEVGVzdDCCASIwDQYJKoZIhvcNAQEBBQAD
        ggEPADCCAQoCggEBAKbaZvqryAwof/cI1NukkAituqIGJAYQ62MZwGsNiW2wbKda
        A2xypPta9/NTXgVBthxBQLlPha+9ruaLd8inc6BfxWowM0DSp5uevfw97qSqIvJm
        AWkk9eVIoPI/KqFFtVNteyy9IxB5Upx1d5XGg016g6U0UeAX8/SKjoCYBWfP6E3x
        KJkq46y2Hn/NRMsa+2SDEFxCihCu1eFFyktPv3w7Ihv3F4nYc7fFG0y/b6l6sTNv
        iAyJsjvhQHP7ZARueS5s8T7aNTatFm52c0TP8E863dCP/DZXr8bRW6YYOHr5R4xT
        SO/hq6kfO1YhMLgCSfSXuUEI3LeWCXxUVomeQjECAwEAAaNTMFEwHQYDVR0OBBYE
        FDO/Mmb/fR4loR5+r0GTrerXDIN6MB8GA1UdIwQYMBaAFDO/Mmb/fR4loR5+r0GT
        rerXDIN6MA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEBABztl9/5
        Q8zZ4xkO0y30emBpjz8Gt/xnOYgDcZCCNMp25EI3fB9TEAVXKGTOh6shrCMokML4
        o+fBtTPHcUuH2MgxVw++hlxhtMQAwKiDe5HTBsPi76HN2ht27xSBram5i9a2JZhP
        wFvLEDWXQepiYpQQFXedoXnAzDD/e/kWGQu/wFKvN6yRDFscT/FAlsdWN5JcGGqj
        X2lztxdl5QQ4ZYrpRi/GTxITE6xI8wovGK9mYsCahe6VdRujUEkDWXkIisJiuPNK
        agn1fTPFIhTS19UMAM00PGtWRopkXA0wFYUleFBnZUalTfdhiCG1bTnJZb06iACl
        CLCM52M4hWQgvtI=
        -----END CERTIFICATE-----
        """;

    public const string EcPrivate = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgWoJevgGJcVDVsR2B
        st/yg78IGn6KftqRRGEix+1D3bShRANCAARRcQRsuHIX6GNsRj8PP9OKD9a8L9Ys
        W6jpstAwjv5+qrMHiEQ45hKdy6DKQmiY65PrTfy6ZNrXTRgoBf7j4PTW
        -----END PRIVATE KEY-----
        """;

    public const string EcPublic = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEUXEEbLhyF+hjbEY/Dz/Tig/WvC/W
        LFuo6bLQMI7+fqqzB4hEOOYSncugykJomOuT6038umTa100YKAX+4+D01g==
        -----END PUBLIC KEY-----
        """;

    public const string EcCertificate = """
        -----BEGIN CERTIFICATE-----
        MIIBejCCASGgAwIBAgIUI7phbuq+wfVIDWMrgT1wcw4uppwwCgYIKoZIzj0EAwIw
        EjEQMA4GA1UEAwwHRUMgVGVzdDAgFw0yNjExMjIwNjEwMjlaGA8yMTI2MTAyOTA2
        MTAyOVowEjEQMA4GA1UEAwwHRUMgVGVzdDBZMBMGByqGSM49AgEGCCqGSM49AwEH
        A0IABFFxBGy4chfoY2xGPw8/04oP1rwv1ixbqOmy0DCO/n6qsweIRDjmEp3LoMpC
        aJjrk+tN/Lpk2tdNGCgF/uPg9NajUzBRMB0GA1UdDgQWBBSVGyvSHKW2NeaKE416
        JT2dAQzgkjAfBgNVHSMEGDAWgBSVGyvSHKW2NeaKE416JT2dAQzgkjAPBgNVHRMB
        Af8EBTADAQH/MAoGCCqGSM49BAMCA0cAMEQCIBOeBLLoKSzYXnHKxL/950h/v8xJ
        FI7eaLudx1RtcL9BAiBZyqIHmxUsJjptIf6mKOuwII762G8UJBbFszS1yNG4FA==
        -----END CERTIFICATE-----
        """;
}
