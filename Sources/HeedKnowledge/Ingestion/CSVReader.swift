/// An RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas, quotes (`""`) and line breaks.
public enum CSVReader {
    /// The rows of `text` (header included); errors name `path` and the line.
    public static func rows(in text: String, path: String) throws(KnowledgeImportError) -> [[String]] {
        try records(in: text, path: path).map(\.fields)
    }

    /// One record and the line it starts on (1-based).
    struct Record {
        var fields: [String]
        var line: Int
    }

    /// Reads all records of `text`; blank lines are skipped.
    static func records(in text: String, path: String) throws(KnowledgeImportError) -> [Record] {
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var reader = Reader(characters: characters, path: path)
        while reader.index < characters.count {
            if reader.inQuotes { try reader.readQuoted() } else { try reader.readUnquoted() }
            reader.index += 1
        }
        if reader.inQuotes {
            throw .malformedFile(path: path, line: reader.quoteLine, reason: "quoted field is never closed")
        }
        if !reader.field.isEmpty || !reader.fields.isEmpty || reader.fieldWasQuoted { reader.endRecord() }
        return reader.records
    }

    /// The reader's state between characters.
    private struct Reader {
        let characters: [Unicode.Scalar]
        let path: String
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var index = 0

        init(characters: [Unicode.Scalar], path: String) {
            self.characters = characters
            self.path = path
        }

        mutating func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        /// A character inside a quoted field: `""` is a quote, a lone quote ends the field.
        mutating func readQuoted() throws(KnowledgeImportError) {
            let scalar = characters[index]
            guard scalar == "\"" else {
                if scalar == "\n" { line += 1 }
                field.unicodeScalars.append(scalar)
                return
            }
            if index + 1 < characters.count, characters[index + 1] == "\"" {
                field.unicodeScalars.append("\"")
                index += 1
                return
            }
            inQuotes = false
            let next = index + 1 < characters.count ? characters[index + 1] : ","
            guard next == "," || next == "\n" || next == "\r" else {
                throw .malformedFile(path: path, line: line, reason: "unexpected text after a closing quote")
            }
        }

        /// A character outside quotes: separators, line ends, the opening quote, or field text.
        mutating func readUnquoted() throws(KnowledgeImportError) {
            let scalar = characters[index]
            switch scalar {
            case "\"":
                guard field.isEmpty else {
                    throw .malformedFile(path: path, line: line, reason: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r":
                break
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
    }
}
