namespace Milestone.Domain.Assets;

/// <summary>
/// What is recorded about an asset. <see cref="Tag"/> is the client's asset tag, unique within the client and what an
/// import finds the asset by; <see cref="Fields"/> are the client's own key/value fields, in key order.
/// </summary>
public sealed record AssetDetails(
    string Name,
    AssetKind Kind,
    string? Tag,
    string? SerialNumber,
    DateOnly? PurchasedOn,
    DateOnly? WarrantyEndsOn,
    string Notes,
    IReadOnlyList<AssetField> Fields)
{
    public const int NameMaxLength = 200;
    public const int TagMaxLength = 64;
    public const int SerialNumberMaxLength = 100;
    public const int NotesMaxLength = 4_000;
    public const int MaxFields = 30;
    public const int FieldKeyMaxLength = 50;
    public const int FieldValueMaxLength = 500;

    private static readonly DateOnly Earliest = new(1990, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>Trimmed and checked; every problem found, each with its field, so an import can report them all at once.</summary>
    public static (AssetDetails? Details, IReadOnlyList<CommandRejected> Problems) Checked(AssetDetails given)
    {
        var problems = new List<CommandRejected>();
        var name = given.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > NameMaxLength)
        {
            problems.Add(Invalid($"An asset's name takes 1 to {NameMaxLength} characters.", "name"));
        }

        if (!Enum.IsDefined(given.Kind))
        {
            problems.Add(Invalid("The kind is WORKSTATION, SERVER, NETWORK, LICENCE or OTHER.", "kind"));
        }

        var tag = Optional(given.Tag, "tag", TagMaxLength, problems);
        var serial = Optional(given.SerialNumber, "serialNumber", SerialNumberMaxLength, problems);
        var notes = Optional(given.Notes, "notes", NotesMaxLength, problems) ?? string.Empty;
        RequireDate(given.PurchasedOn, "purchasedOn", problems);
        RequireDate(given.WarrantyEndsOn, "warrantyEndsOn", problems);
        if (given.PurchasedOn > given.WarrantyEndsOn)
        {
            problems.Add(Invalid("The warranty ends on or after the purchase.", "warrantyEndsOn"));
        }

        var fields = CheckedFields(given.Fields ?? [], problems);
        return problems.Count > 0
            ? (null, problems)
            : (new AssetDetails(name, given.Kind, tag, serial, given.PurchasedOn, given.WarrantyEndsOn, notes, fields), []);
    }

    public bool Equals(AssetDetails? other) =>
        other is not null
        && Name == other.Name && Kind == other.Kind && Tag == other.Tag && SerialNumber == other.SerialNumber
        && PurchasedOn == other.PurchasedOn && WarrantyEndsOn == other.WarrantyEndsOn && Notes == other.Notes
        && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => HashCode.Combine(Name, Kind, Tag, SerialNumber, PurchasedOn, WarrantyEndsOn, Notes);

    private static List<AssetField> CheckedFields(IReadOnlyList<AssetField> given, List<CommandRejected> problems)
    {
        if (given.Count > MaxFields)
        {
            problems.Add(Invalid($"At most {MaxFields} fields.", "fields"));
            return [];
        }

        var fields = given.Select(field => new AssetField(field.Key?.Trim() ?? string.Empty, field.Value?.Trim() ?? string.Empty)).ToList();
        if (fields.Any(field => field.Key.Length is 0 or > FieldKeyMaxLength))
        {
            problems.Add(Invalid($"A field's key takes 1 to {FieldKeyMaxLength} characters.", "fields"));
        }

        if (fields.Any(field => field.Value.Length > FieldValueMaxLength))
        {
            problems.Add(Invalid($"A field's value is at most {FieldValueMaxLength} characters.", "fields"));
        }

        if (fields.GroupBy(field => field.Key, StringComparer.OrdinalIgnoreCase).Any(same => same.Count() > 1))
        {
            problems.Add(Invalid("Each field's key once.", "fields"));
        }

        return [.. fields.Where(field => field.Value.Length > 0).OrderBy(field => field.Key, StringComparer.Ordinal)];
    }

    private static string? Optional(string? text, string field, int maxLength, List<CommandRejected> problems)
    {
        var trimmed = text?.Trim();
        if (trimmed?.Length > maxLength)
        {
            problems.Add(Invalid($"The {field} is at most {maxLength:N0} characters.", field));
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static void RequireDate(DateOnly? date, string field, List<CommandRejected> problems)
    {
        if (date is { } given && (given < Earliest || given > Latest))
        {
            problems.Add(Invalid("Give a date from 1990 to 2100.", field));
        }
    }

    private static CommandRejected Invalid(string message, string field) => new(Rejection.Invalid, message, field);
}

/// <summary>One of the client's own fields on an asset, such as "Operating system" = "Windows 11".</summary>
public sealed record AssetField(string Key, string Value);
