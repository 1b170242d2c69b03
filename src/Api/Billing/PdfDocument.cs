namespace Milestone.Api.Billing;

/// <summary>
/// A PDF of text pages in the standard fonts every reader has (Helvetica, Helvetica-Bold, Courier; nothing embedded),
/// written directly: an invoice is lines of text, and the format for that is small (ISO 32000-1, 7.5 and 9.6.2).
/// Text is WinAnsi-encoded; a character it lacks prints as "?".
/// </summary>
public sealed class PdfDocument
{
    public const double Width = 595;

    public const double Height = 842;

    private readonly List<List<byte>> _pages = [];

    public enum Font
    {
        Regular,
        Bold,
        Mono,
    }

    public void NewPage() => _pages.Add([]);

    /// <summary>Text whose baseline starts at (<paramref name="x"/>, <paramref name="y"/>), y counted from the page's top.</summary>
    public void Text(double x, double y, string text, Font font = Font.Regular, double size = 10)
    {
        if (_pages.Count == 0)
        {
            NewPage();
        }

        _pages[^1].AddRange(Ascii(string.Create(CultureInfo.InvariantCulture, $"BT /F{(int)font + 1} {size:0.##} Tf {x:0.##} {Height - y:0.##} Td (")));
        _pages[^1].AddRange(Escaped(text));
        _pages[^1].AddRange(Ascii(") Tj ET\n"));
    }

    /// <summary>Monospaced text ending at <paramref name="right"/>, for columns of amounts.</summary>
    public void RightAligned(double right, double y, string text, double size = 10) =>
        Text(right - (text.Length * 0.6 * size), y, text, Font.Mono, size);

    public void Rule(double x1, double x2, double y) =>
        _pages[^1].AddRange(Ascii(string.Create(CultureInfo.InvariantCulture, $"0.5 w {x1:0.##} {Height - y:0.##} m {x2:0.##} {Height - y:0.##} l S\n")));

    public byte[] Write(string title)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', _pages.Select((_, page) => $"{6 + (page * 2)} 0 R"))}] /Count {_pages.Count} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"),
        };
        foreach (var (page, number) in _pages.Select((page, index) => (page, index)))
        {
            objects.Add(Ascii(
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents {7 + (number * 2)} 0 R >>"));
            var content = page.ToArray();
            objects.Add([.. Ascii($"<< /Length {content.Length} >>\nstream\n"), .. content, .. Ascii("\nendstream")]);
        }

        objects.Add([.. Ascii("<< /Title ("), .. Escaped(title), .. Ascii(") /Producer (Milestone) >>")]);
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new List<long>();
        foreach (var (body, index) in objects.Select((body, index) => (body, index)))
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{index + 1} 0 obj\n"));
            pdf.Write(body);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Ascii($"{offset:0000000000} 00000 n \n"));
        }

        pdf.Write(Ascii($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>A PDF literal string's bytes: WinAnsi, with the delimiters and the backslash escaped.</summary>
    private static byte[] Escaped(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var character in text)
        {
            var code = WinAnsi(character);
            if (code is (byte)'(' or (byte)')' or (byte)'\\')
            {
                bytes.Add((byte)'\\');
            }

            bytes.Add(code);
        }

        return [.. bytes];
    }

    private static byte WinAnsi(char character) => character switch
    {
        >= ' ' and <= '~' => (byte)character,
        >= '\u00a0' and <= '\u00ff' => (byte)character,
        '€' => 0x80,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '…' => 0x85,
        _ => (byte)'?',
    };
}
