import Foundation

/// Reads `text,label` CSV files (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes).
public enum LabeledTextCSV {
    /// Why a CSV file could not be read.
    public enum ReadError: Error, CustomStringConvertible, Equatable {
        /// The header has no `text` or no `label` column.
        case missingColumns(header: [String])
        /// A quoted field is not closed before the end of the file.
        case unterminatedQuote(line: Int)
        /// A record has fewer fields than the header needs.
        case shortRecord(line: Int)

        /// A readable explanation.
        public var description: String {
            switch self {
            case .missingColumns(let header):
                "the CSV header must have 'text' and 'label' columns, found: \(header.joined(separator: ","))"
            case .unterminatedQuote(let line): "a quoted field starting on line \(line) is never closed"
            case .shortRecord(let line): "the record on line \(line) has too few fields"
            }
        }
    }

    /// Reads the examples of a CSV file.
    public static func read(contentsOf url: URL) throws -> [LabeledText] {
        let data = try Data(contentsOf: url)
        return try parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses CSV text whose header names a `text` and a `label` column (other columns are ignored).
    /// Blank lines are skipped.
    public static func parse(_ csv: String) throws -> [LabeledText] {
        let records = try records(in: csv)
        guard let header = records.first?.fields else { return [] }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = names.firstIndex(of: "text"), let labelColumn = names.firstIndex(of: "label") else {
            throw ReadError.missingColumns(header: header)
        }
        var examples: [LabeledText] = []
        examples.reserveCapacity(records.count)
        for record in records.dropFirst() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            guard record.fields.count > max(textColumn, labelColumn) else { throw ReadError.shortRecord(line: record.line) }
            examples.append(LabeledText(text: record.fields[textColumn], label: record.fields[labelColumn]))
        }
        return examples
    }

    /// Splits CSV text into records of fields, remembering each record's first line number.
    static func records(in csv: String) throws -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var bytes = Array(csv.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // byte-order mark
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let byte = bytes[i]
            if inQuotes {
                if byte == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case 0x22:
                    inQuotes = true
                    quoteLine = line
                case 0x2C:
                    endField()
                case 0x0A:
                    endField()
                    records.append((recordLine, fields))
                    fields.removeAll(keepingCapacity: true)
                    line += 1
                    recordLine = line
                case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                    break  // CR of a CRLF line end
                default:
                    field.append(byte)
                }
            }
            i += 1
        }
        if inQuotes { throw ReadError.unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append((recordLine, fields))
        }
        return records
    }
}
