import Testing
@testable import HeedLanguage

@Suite("Labelled text CSV")
struct LabeledTextCSVTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let csv = "text,label\r\nplain text,a\n\"with, comma\",b\n\"say \"\"hi\"\"\nthere\",c\n\nlast,d"

        let examples = try LabeledTextCSV.parse(csv)

        #expect(examples == [
            LabeledText(text: "plain text", label: "a"), LabeledText(text: "with, comma", label: "b"),
            LabeledText(text: "say \"hi\"\nthere", label: "c"), LabeledText(text: "last", label: "d"),
        ])
    }

    @Test func reportsMissingColumnsAndUnclosedQuotes() {
        #expect(throws: LabeledTextCSV.ReadError.missingColumns(header: ["sentence", "intent"])) {
            try LabeledTextCSV.parse("sentence,intent\nhello,greet\n")
        }
        #expect(throws: LabeledTextCSV.ReadError.unterminatedQuote(line: 2)) {
            try LabeledTextCSV.parse("text,label\n\"never closed,a\n")
        }
    }
}
