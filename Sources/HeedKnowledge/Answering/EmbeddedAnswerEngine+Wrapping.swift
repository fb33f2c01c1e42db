extension EmbeddedAnswerEngine {
    /// `body` wrapped in the customer's language and the request's tone: the greeting (with an apology only when
    /// the tone is empathetic, a calm acknowledgement when it is calm), the personal lines, the body (numbered steps when the tone is
    /// step-by-step and there is more than one sentence), the source link, and the closing offer of a human.
    static func wrap(_ body: String, request: AnswerRequest, sourceURL: String?) -> String {
        let templates = ReplyTemplates.forLanguage(request.customer.language)
        let tone = request.customer.tone
        let greeting = request.customer.name.map { templates.fill(templates.greetingWithName, $0) } ?? templates.greeting
        let steps = tone == .stepByStep ? Self.steps(in: body) : []
        var paragraphs: [String] = []
        let personal = request.customer.personalLines.joined(separator: " ")
        switch tone {
        case .neutral:
            paragraphs += [greeting, body]
        case .empathetic:
            paragraphs += [greeting + " " + templates.empathy, body]
        case .calm:
            paragraphs += [greeting + " " + templates.calmAcknowledgement, body]
        case .stepByStep where steps.count > 1:
            let numbered = steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
            paragraphs += [greeting + " " + templates.stepsIntroduction, numbered]
        case .stepByStep:
            paragraphs += [greeting, body]
        }
        if !personal.isEmpty { paragraphs.insert(personal, at: 1) }
        if let sourceURL, !sourceURL.isEmpty { paragraphs.append(templates.fill(templates.sourceLink, sourceURL)) }
        switch tone {
        case .calm: paragraphs.append(templates.briefOfferHuman)
        case .stepByStep: paragraphs.append(templates.stepsClosing + " " + templates.offerHuman)
        case .neutral, .empathetic: paragraphs.append(templates.offerHuman)
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// The body's sentences as steps, without the list markers a flattened list left behind ("1.", "2.", "-"):
    /// they are numbered again.
    static func steps(in body: String) -> [String] {
        SentenceSplitter.sentences(in: body).compactMap { sentence in
            var step = Substring(sentence.trimmingWhitespace())
            while let marker = step.firstMatch(of: /^(\d{1,2}[.)]|[-•*])(\s+|$)/) {
                step = step[marker.range.upperBound...]
            }
            return step.isEmpty ? nil : String(step)
        }
    }
}
