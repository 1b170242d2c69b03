namespace Milestone.Domain.Locations;

/// <summary>Where a location is, as a postal address: street lines, city and country required; region and postcode where the country has them.</summary>
public sealed record PostalAddress(string Street, string City, string? Region, string? PostalCode, string Country)
{
    public const int StreetMaxLength = 300;
    public const int PartMaxLength = 100;
    public const int PostalCodeMaxLength = 20;

    public static PostalAddress? Tidied(PostalAddress? given) => given is null
        ? null
        : new PostalAddress(
            Required(given.Street, "address.street", StreetMaxLength),
            Required(given.City, "address.city", PartMaxLength),
            Optional(given.Region, "address.region", PartMaxLength),
            Optional(given.PostalCode, "address.postalCode", PostalCodeMaxLength),
            Required(given.Country, "address.country", PartMaxLength));

    private static string Required(string? text, string field, int maxLength) =>
        Optional(text, field, maxLength) ?? throw new CommandRejected(Rejection.Invalid, $"Give the {field[8..]} of the address.", field);

    private static string? Optional(string? text, string field, int maxLength)
    {
        var trimmed = text?.Trim();
        return trimmed switch
        {
            null or "" => null,
            { Length: var length } when length > maxLength => throw new CommandRejected(Rejection.Invalid, $"The {field[8..]} is at most {maxLength} characters.", field),
            _ => trimmed,
        };
    }
}
