using System.IO.Compression;
using System.Text;

namespace EditorialHub.Tests.Articles;

/// <summary>Real files of each accepted type, and hostile ones, made in memory by the tests.</summary>
internal static class AttachmentFiles
{
    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A 1×1 baseline JPEG.</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////"
        + "wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    public static byte[] Gif() => Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <summary>A WebP header (RIFF …. WEBP VP8L) with a lossless 1×1 body.</summary>
    public static byte[] WebP() => Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /// <summary>The start of an MP4: an ftyp box, then an empty mdat.</summary>
    public static byte[] Mp4() =>
    [
        0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m',
        0, 0, 2, 0, (byte)'i', (byte)'s', (byte)'o', (byte)'m', (byte)'m', (byte)'p', (byte)'4', (byte)'1',
        0, 0, 0, 8, (byte)'m', (byte)'d', (byte)'a', (byte)'t',
    ];

    /// <summary>A minimal valid one-page PDF, with a correct cross-reference table.</summary>
    public static byte[] Pdf()
    {
        const string text = "BT /F1 12 Tf 72 770 Td (Ke hoach) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static byte[] Docx() => OfficeOpenXml(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml",
        """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kế hoạch hội giảng</w:t></w:r></w:p></w:body></w:document>""");

    public static byte[] Xlsx() => OfficeOpenXml(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml",
        """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Lớp" sheetId="1"/></sheets></workbook>""");

    /// <summary>A real Office Open XML package: [Content_Types].xml, the package relationships, the main part.</summary>
    public static byte[] OfficeOpenXml(string mainContentType, string mainPart, string mainXml, Action<ZipArchive>? more = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/{mainPart}" ContentType="{mainContentType}"/>
                </Types>
                """);
            Add(zip, "_rels/.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/>
                </Relationships>
                """);
            Add(zip, mainPart, mainXml);
            more?.Invoke(zip);
        }
        return memory.ToArray();
    }

    /// <summary>An OpenDocument text: "mimetype" first and stored, the manifest, the content.</summary>
    public static byte[] Odt(string mimetype = "application/vnd.oasis.opendocument.text")
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", mimetype, CompressionLevel.NoCompression);
            Add(zip, "META-INF/manifest.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """);
            Add(zip, "content.xml", """<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"><office:body><office:text/></office:body></office:document-content>""");
        }
        return memory.ToArray();
    }

    /// <summary>A .docx with one more entry of <paramref name="zeroMegabytes"/> MB of zeros: kilobytes packed, megabytes unpacked.</summary>
    public static byte[] ZipBombDocx(int zeroMegabytes) => OfficeOpenXml(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml",
        "<w:document/>", zip =>
        {
            using var entry = zip.CreateEntry("word/media/image1.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < zeroMegabytes; i++)
                entry.Write(zeros);
        });

    /// <summary>A .docx of many tiny entries.</summary>
    public static byte[] ManyEntriesDocx(int entries) => OfficeOpenXml(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml",
        "<w:document/>", zip =>
        {
            for (var i = 0; i < entries; i++)
                Add(zip, $"customXml/item{i}.xml", "<a/>");
        });

    /// <summary>A macro-enabled Word document renamed .docx.</summary>
    public static byte[] MacroDocx() => OfficeOpenXml(
        "application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml", "<w:document/>",
        zip => zip.CreateEntry("word/vbaProject.bin").Open().Dispose());

    /// <summary>A Java program: a manifest and a class.</summary>
    public static byte[] Jar()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n");
            using var entry = zip.CreateEntry("Evil.class").Open();
            entry.Write([0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 52]);
        }
        return memory.ToArray();
    }

    /// <summary>A Windows program's first bytes: "MZ", the DOS stub, "PE".</summary>
    public static byte[] WindowsExecutable()
    {
        var exe = new byte[1024];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        exe[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(exe.AsSpan(0x80));
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(exe, 0x4E);
        return exe;
    }

    public static byte[] Elf() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0];

    /// <summary>An OLE2 container without a Word, Excel or PowerPoint stream (as an .msi installer is).</summary>
    public static byte[] Ole2Installer()
    {
        var file = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("Root Entry").CopyTo(file, 1024);
        Encoding.Unicode.GetBytes("\u0005SummaryInformation").CopyTo(file, 1152);
        return file;
    }

    /// <summary>An OLE2 container naming a WordDocument stream, as a .doc does.</summary>
    public static byte[] Doc()
    {
        var file = Ole2Installer();
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(file, 1280);
        return file;
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
