namespace MemberCards.Sdk.TestVectors;

/// <summary>
/// The published WeChat Pay APIv3 test vectors (reference notes wechatpay-v3.md, section 7), written out once and
/// linked into every test and benchmark project that needs them. Values are verbatim: do not reformat them.
/// </summary>
internal static class PublishedVectors
{
    /// <summary>K1: the official documentation's RSA-2048 test private key (PKCS#8 PEM) of merchant 1900007291; it signs TV-A.</summary>
    public const string K1PrivateKeyPkcs8 = """
        -----BEGIN PRIVATE KEY-----
        MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCm2mb6q8gMKH/3
        CNTbpJAIrbqiBiQGEOtjGcBrDYltsGynWgNscqT7WvfzU14FQbYcQUC5T4Wvva7m
        i3fIp3OgX8VqMDNA0qebnr38Pe6kqiLyZgFpJPXlSKDyPyqhRbVTbXssvSMQeVKc
        dXeVxoNNeoOlNFHgF/P0io6AmAVnz+hN8SiZKuOsth5/zUTLGvtkgxBcQooQrtXh
        RcpLT798OyIb9xeJ2HO3xRtMv2+perEzb4gMibI74UBz+2QEbnkubPE+2jU2rRZu
        dnNEz/BPOt3Qj/w2V6/G0VumGDh6+UeMU0jv4aupHztWITC4Akn0l7lBCNy3lgl8
        VFaJnkIxAgMBAAECggEAYGL8aESB7NwciDWW2UdoWUsa7GxFtSdjAz2mFXGdeTsY
        mVh7b9OOkRGM+Qio4LqEHDBp1mMk5E/cUJwy1zw8pGGO5nfvs7u9TT3XnHaefIs4
        YvUgTYAneIuLRkXNN5rQU+CD7mVYczTSz0Vgjqo9wa1LjUz7G0xbBmJgTdMEFGJs
        eJjy6AbJo0CGIwp6HJbTm4CmOUgXnnDAIbEGTIRImkZFH/rzneIeR7oZ77FVwxr1
        CZB2gfRCov/yRPbw8vnryYkmvQ7D/ze3j5097vRg/MoDGBSdoOwcmo75vyofr0AS
        zytMjmHYyifqkf5slPropSiJeGf4p/7gtKyF6dE/XQKBgQDVAlJ+4U5ZVGOuDc3+
        sAhz8CTzgFNlq9vKuSoFK6hOz2L+cwj+E7NXGkOe2DsHHZNy2Xqxk7caKhPEp1z9
        hhpMpyLVMoFt6CKemyoRBWDCQwLLwem9SZF/IAyovBkLiH36P42Jm26gUkNMKC/5
        Zhtqxf6RZgRQzbVudJi47vIRCwKBgQDIh0+v27Oo+DM3fhObH4I1NrXpWOEGH7OQ
        G1dEsMuFYF4hjGhg0kBEP3w9vVdl2+mRllZKTsx9oqjb8OibPLLIH8xsdbAB0WLf
        JvjLu4wl/ILUzN1RI03dWnnv2EnEeQn6c3hizvrJ9wR5U4ue9RPVnQooJ0hZF1PU
        uCL5fWK3MwKBgElReU/PAYbh80WP3t3Rfbdaa32dKBeQ5iCLR5lsA4zM+YgX1HqQ
        EWTj126vgvHaDkyz6vWAoL/Sx+cirHFfXWIRDX5Q2hgYlQH+6qXdMgbrxeSYpHnQ
        /tHBGFpkFELSAnrGsVMyOwvYBO4LzyeLK9i+ufcWJFoj1FVmsMLHDG8tAoGARdbi
        iQQCoYG4DMarO2aQ6cmhN6EN1h0qY7EyBqlwaIZ0okiNfdMcMOjPc41DKCWcRmlO
        qlihXcxN9TQFPzO3rH1urAOdBjUPs1qWYhZyrDQyuLyVBBJApyxAtajloDjrob+f
        mQIvVDHk7ACN6xG+E7K6+9salnTKbJapD618uQMCgYBNy6XUvzLkP/A1U/UZdtcx
        l8GwU/dturLxz4CyGbqDw4ubaYY2e13lnqHUqQgPtiSyH51nq3tdo8G0YAJdfkSv
        KvnfslW91fyEBUKnkdW1o3/1UFU/wprZ7ixVL/F42A4xDu7OFE8EnweJOZ0jWceE
        OdhCkaIGBCfRnlECRK8UyQ==
        -----END PRIVATE KEY-----
        """;

    /// <summary>K1's public key (SPKI PEM), derived from <see cref="K1PrivateKeyPkcs8"/> with <c>openssl pkey -in k1.pem -pubout</c>.</summary>
    public const string K1PublicKeySpki = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAptpm+qvIDCh/9wjU26SQ
        CK26ogYkBhDrYxnAaw2JbbBsp1oDbHKk+1r381NeBUG2HEFAuU+Fr72u5ot3yKdz
        oF/FajAzQNKnm569/D3upKoi8mYBaST15Uig8j8qoUW1U217LL0jEHlSnHV3lcaD
        TXqDpTRR4Bfz9IqOgJgFZ8/oTfEomSrjrLYef81Eyxr7ZIMQXEKKEK7V4UXKS0+/
        fDsiG/cXidhzt8UbTL9vqXqxM2+IDImyO+FAc/tkBG55LmzxPto1Nq0WbnZzRM/w
        Tzrd0I/8NlevxtFbphg4evlHjFNI7+GrqR87ViEwuAJJ9Je5QQjct5YJfFRWiZ5C
        MQIDAQAB
        -----END PUBLIC KEY-----
        """;

    /// <summary>P1: the platform public key (SPKI PEM) that verifies TV-C; its id is <see cref="TvCSerial"/>.</summary>
    public const string P1PublicKey = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwXNI6sdlknHBnK8Fu2U6
        Cwor9qY747jP8KAfeBMeveEt1TqaHkLfaSD07trZLhGpfs8/AHqjhgSMO1O10YQW
        OrrJ4hjIWPKqxbgrYMkBQc+mwdiWp4W3ByCqxBRagCveCXRWCmuJYovl9H/bsDI0
        iGbpVtEOghJtfciisYSgxcLufUDTRkvwxjIBK1pCRjk33jJ5YTBWTHMRtMAOcFLN
        F6hdEYdX8SPsgHHeLZ5Lv2T/686w1xtgCHef/sd4uSfWmyzsalQdHG/e4IyYmrhx
        +O3VBoNDzE3nx23bFeV/RVNCG7cV6VhmYokJNHa/erIPkEmEFID6A5wQOXuxUkmJ
        WwIDAQAB
        -----END PUBLIC KEY-----
        """;

    /// <summary>TV-A: the merchant id (mchid) in the documented Authorization header.</summary>
    public const string TvAMerchantId = "1900007291";

    /// <summary>TV-A: the merchant certificate serial number (serial_no) of K1.</summary>
    public const string TvASerialNumber = "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB";

    /// <summary>TV-A: the request timestamp, Unix seconds as text.</summary>
    public const string TvATimestamp = "1554208460";

    /// <summary>TV-A: the request nonce (nonce_str).</summary>
    public const string TvANonce = "593BEC0C930BF1AFEB40B4A08C8FB242";

    /// <summary>TV-A: the canonical URL (path and query) of the signed POST request.</summary>
    public const string TvAUrl = "/v3/pay/transactions/jsapi";

    /// <summary>TV-A: the JSON request body, exactly as signed (UTF-8).</summary>
    public const string TvABody = "{\"appid\":\"wxd678efh567hg6787\",\"mchid\":\"1900007291\",\"description\":\"Image形象店-深圳腾大-QQ公仔\",\"out_trade_no\":\"1217752501201407033233368018\",\"notify_url\":\"https://www.weixin.qq.com/wxpay/pay.php\",\"amount\":{\"total\":100,\"currency\":\"CNY\"},\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}}";

    /// <summary>TV-A: the published Base64 SHA256-RSA signature of the TV-A message under K1.</summary>
    public const string TvASignature = "jnks4dlrPw3ZX+ozVvSK39oa0t7OMBsg83BHAwd8BRdUFiVaQNTLTvci+wURgP1OQBbKYhFGvt7iqYpDSTQkp7Uq1sltaQKyncCyrA1g88m5bsKERQfPyT0ahSwKTYJ1CAn9QiJuSJRq1QsQs07eehbU/k9BCS51jTyc1Jpsi2H77HF9f/BnjXAOP3/sPObg6V5Ee4EzwLox684hhuMuIwHo7D8KFk3LIHOKDcNI4It1aCXydFWNpNK+SG86VUDe5kwoDpw4Ulqfu9z8OFDGbDs9TCxEv8iqQzbpxOlEVoOe2kalSYM5kApQb3nZcxdUtoE0liJGW3RGUNE0t4v01A==";

    /// <summary>TV-C: the response timestamp (Wechatpay-Timestamp), Unix seconds as text.</summary>
    public const string TvCTimestamp = "1722850421";

    /// <summary>TV-C: the response nonce (Wechatpay-Nonce).</summary>
    public const string TvCNonce = "d824f2e086d3c1df967785d13fcd22ef";

    /// <summary>TV-C: the JSON response body, exactly as signed (UTF-8).</summary>
    public const string TvCBody = "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=JyC91EIz1\"}";

    /// <summary>TV-C: the published Base64 signature (Wechatpay-Signature) that P1 verifies.</summary>
    public const string TvCSignature = "mfI1CPqvBrgcXfgXMFjdNIhBf27ACE2YyeWsWV9ZI7T7RU0vHvbQpu9Z32ogzc+k8ZC5n3kz7h70eWKjgqNdKQF0eRp8mVKlmfzMLBVHbssB9jEZEDXThOX1XFqX7s7ymia1hoHQxQagPGzkdWxtlZPZ4ZPvr1RiqkgAu6Is8MZgXXrRoBKqjmSdrP1N7uxzJ/cjfSiis9FiLjuADoqmQ1P7p2N876YPAol7Rn0+GswwAwxldbdLrmVSjfytfSBJFqTMHn4itojgxSWWN1byuckQt8hSTEv/Lg97QoeGniYP17T80pJeQyL3b+295FPHSO2AtvCgyIbKMZ0BALilAA==";

    /// <summary>TV-C: the public key id (Wechatpay-Serial) of P1.</summary>
    public const string TvCSerial = "PUB_KEY_ID_0000000000000024101100397200000006";

    /// <summary>TV-E: the 32-character APIv3 key used as the AES-256-GCM key (its UTF-8 bytes).</summary>
    public const string TvEKey = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";

    /// <summary>TV-E: the 12-character GCM nonce (its UTF-8 bytes).</summary>
    public const string TvENonce = "uluk4a9R25RW";

    /// <summary>TV-E: the associated data (its UTF-8 bytes).</summary>
    public const string TvEAssociatedData = "associatedData";

    /// <summary>TV-E: the plaintext.</summary>
    public const string TvEPlaintext = "message";

    /// <summary>TV-E: the Base64 ciphertext followed by the 16-byte tag; encryption is deterministic, so it works both ways.</summary>
    public const string TvECiphertext = "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=";
}
