// Word documents made in code for tests: a minimal .docx is a zip file of
// three XML parts, written here with stored (uncompressed) entries.

/** A minimal .docx: the three parts Word needs, one <w:p> per paragraph. */
export function docx(paragraphs: string[]): Uint8Array {
  const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const body = paragraphs.map((text) => (text === "" ? "<w:p/>" : `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`)).join("");
  return zip([
    {
      name: "[Content_Types].xml",
      text:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: "_rels/.rels",
      text:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: "word/document.xml",
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  ]);
}

/** A zip file of stored (uncompressed) entries, with their CRC-32s, local headers and the central directory. */
export function zip(entries: Array<{ name: string; text: string }>): Uint8Array {
  const encoder = new TextEncoder();
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (target: number[], value: number) => target.push(value & 0xff, (value >>> 8) & 0xff);
  const u32 = (target: number[], value: number) => target.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = encoder.encode(entry.text);
    const crc = crc32(data);
    const offset = parts.length;
    // Local file header.
    u32(parts, 0x04034b50);
    for (const value of [20, 0, 0, 0, 0]) u16(parts, value); // version, flags, stored, time, date
    u32(parts, crc);
    u32(parts, data.length);
    u32(parts, data.length);
    u16(parts, name.length);
    u16(parts, 0);
    parts.push(...name, ...data);
    // Central directory entry.
    u32(central, 0x02014b50);
    for (const value of [20, 20, 0, 0, 0, 0]) u16(central, value); // made by, needed, flags, stored, time, date
    u32(central, crc);
    u32(central, data.length);
    u32(central, data.length);
    for (const value of [name.length, 0, 0, 0, 0]) u16(central, value); // name, extra, comment, disk, internal attributes
    u32(central, 0);
    u32(central, offset);
    central.push(...name);
  }
  const centralOffset = parts.length;
  parts.push(...central);
  // End of central directory.
  u32(parts, 0x06054b50);
  for (const value of [0, 0, entries.length, entries.length]) u16(parts, value);
  u32(parts, central.length);
  u32(parts, centralOffset);
  u16(parts, 0);
  return Uint8Array.from(parts);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
