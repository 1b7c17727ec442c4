namespace MemberCards.Sdk.Youzan;

/// <summary>Reads the value of one envelope field (the reader is on its name) into the push being read.</summary>
/// <param name="reader">The reader, on the field's name.</param>
/// <param name="name">The field's name, for an error.</param>
/// <param name="into">The push being read.</param>
internal delegate void YouzanPushFieldReader(ref Utf8JsonReader reader, string name, YouzanPushFields into);
