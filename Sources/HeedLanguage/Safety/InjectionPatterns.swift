import Foundation

/// The phrasings of instructions aimed at an AI, in English, Vietnamese, Malay, Indonesian and Latvian, written
/// against text that ``InjectionNormalizer`` has folded: lower case, no diacritics (Vietnamese `đ` is `d`), one
/// space between words. Each pattern needs both halves of an instruction — a verb of overriding or revealing and
/// the rules or prompt it acts on — so questions about ignoring e-mails or the rules of a return stay clean.
enum InjectionPatterns {
    typealias Kind = InjectionFinding.Kind

    /// What the rules are called: instructions, rules, prompt, guidelines… in the five languages.
    private static let rules =
        "(instructions?|rules?|prompts?|guidelines?|directives?|directions|polic(?:y|ies)|guardrails?|constraints?"
        + "|programming|huong dan|chi dan|chi thi|quy tac|quy dinh|cau lenh|lenh|arahan|instruksi|perintah|peraturan"
        + "|aturan|petunjuk|panduan|instrukcij\\w*|noteikum\\w*|noradijum\\w*|uzvedn\\w*|prompt\\w*)"

    /// The AI's own instructions, as an extraction attempt names them.
    private static let ownPrompt =
        "(system ?prompt|system message|initial prompt|original prompt|hidden prompt|secret prompt|developer message"
        + "|(?:initial|original|hidden|secret|system|first) instructions|(?:your|ur) (?:instructions|prompt|rules|guidelines)"
        + "(?! (?:for|on|about|to|regarding|when)\\b)|(?:loi nhac|prompt|chi dan|huong dan|chi thi) (?:he thong|ban dau|goc|an|cua ban)"
        + "|(?:prompt|arahan|instruksi|perintah|pesan|mesej) (?:sistem|asal|awal|anda|kamu|awak)"
        + "|sistemas (?:uzvedn\\w*|prompt\\w*|instrukcij\\w*|zinojum\\w*)|(?:savas|tavas|jusu) (?:instrukcijas|uzvednes|noteikumus))"

    static let all: [(Kind, NSRegularExpression)] = [
        // Overrides: ignore / forget / disregard … the rules — with a word that makes them the AI's own ("all",
        // "previous", "your", "system"), so "I forgot the set-up instructions" is not one.
        (.override, "\\b(ignore|disregard|forget|override|bypass|overwrite|drop|skip) (all |any |every |the |of |these |those )*"
            + "(your |previous |prior |above |earlier |preceding |original |old |existing |system |safety |former |initial |current )+"
            + "(\\w+ )?\(rules)\\b"),
        (.override, "\\b(ignore|disregard|forget|override|bypass) (all|any|every) (of )?(the |your |these |my )?(\\w+ )?\(rules)\\b"),
        (.override, "\\b(ignore|disregard|forget) (everything|all|anything) (you were told|you have been told|above|before|previously|said before|so far)"),
        (.override, "\\b(bo qua|phot lo|lo di|quen di|quen|dung (tuan theo|lam theo)|khong (tuan theo|lam theo)) "
            + "(het|moi|tat ca|toan bo)( cac| nhung)? \(rules)"),
        (.override, "\\b(bo qua|phot lo|lo di|quen di|quen|dung (tuan theo|lam theo)|khong (tuan theo|lam theo)) "
            + "(cac |nhung )?\(rules)( \\w+)? (truoc( do)?|o tren|phia tren|ben tren|cu|he thong|ban dau|goc|da (duoc )?(cho|giao)|cua ban)\\b"),
        (.override, "\\b(abaikan|lupakan|ketepikan|acuhkan|jangan (ikut|ikuti|patuhi|hiraukan)|tidak usah (ikut|ikuti)) "
            + "(semua|segala|seluruh|kesemua) (\(rules))"),
        (.override, "\\b(abaikan|lupakan|ketepikan|acuhkan|jangan (ikut|ikuti|patuhi|hiraukan)|tidak usah (ikut|ikuti)) "
            + "(\(rules))( \\w+)? (sebelum(nya| ini)|terdahulu|tadi|di atas|asal|awal|sistem|anda|kamu|awak)\\b"),
        (.override, "\\b(ignore\\w*|neievero\\w*|aizmirst\\w*|neklausi\\w*|nenem vera) (visas |visus |iepriekseja\\w* |savas |tavas |sistemas |sakotneja\\w* )+(\\w+ )?\(rules)"),
        (.override, "\\b(new|updated|real|actual|true) (system )?(instructions|rules|prompt)\\b ?[:-]"),
        (.override, "\\b(huong dan|chi dan|lenh) moi ?:|\\b(arahan|instruksi|perintah) baru ?:|\\bjaun\\w* (instrukcij|noteikum)\\w* ?:"),
        // Another role for the AI.
        (.persona, "\\byou are (now|no longer|an unrestricted|a jailbroken)\\b"),
        (.persona, "\\bfrom now on,? (you (are|must|always|should always|will always|will (always |only |now )?(reply|respond|answer|say|act|be|ignore|obey))|always (reply|respond|answer|say|end|start|add|include)|(reply|respond|answer) only|say only|act as|end every|start every|ignore)\\b"),
        (.persona, "\\b(act|behave|pretend|roleplay|role-play) (as|like|to be) (an? )?(unrestricted|unfiltered|jailbroken|evil|admin|administrator|developer|root|system|dan|ai without)"),
        (.persona, "\\b(developer|god|debug|maintenance|admin) mode\\b|\\bjailbr(eak|oken)\\b|\\bdo anything now\\b"),
        (.persona, "\\btu (bay gio|gio|nay|day) (tro di |ve sau )?(ban|may|em) (la|se|phai|hay)\\b"),
        (.persona, "\\b(dong vai|gia vo la|gia lam) .{0,30}(khong (co )?(gioi han|quy tac|kiem duyet)|quan tri|admin|nha phat trien)"),
        (.persona, "\\b(mulai (sekarang|saat ini|kini)|dari sekarang|mulai hari ini|bermula sekarang),? (anda|kamu|awak|engkau) (adalah|ialah|akan|harus|mesti|perlu)\\b"),
        (.persona, "\\b(berpura-pura|berlagak|bertindak|berperan) (menjadi|sebagai|jadi) .{0,30}(tanpa (batasan|peraturan|aturan)|admin|pentadbir|pengembang|pembangun)"),
        (.persona, "\\b(no sis brizas|turpmak|no sodienas),? (tu esi|tu busi|jus esat|jus busiet|atbildi|saki)\\b"),
        (.persona, "\\b(izliecies|teloj\\w*|uzvedies) .{0,20}(bez ierobezojumiem|administrator\\w*|izstradataj\\w*)"),
        // Asking for the AI's instructions.
        (.extraction, "\\b(reveal|show|print|repeat|output|display|tell|give|share|leak|dump|list|write out|what (is|are|was|were)|copy|paste|recite|spell out)\\b"
            + ".{0,40}\\b\(ownPrompt)"),
        (.extraction, "\\b(repeat|print|output|copy) (the |all |everything )?(text|words|lines|content|everything|all) (above|before this|so far)\\b"),
        (.extraction, "\\b(tiet lo|hien thi|in ra|cho (toi|minh|tao|em) (xem|biet)|noi (cho|voi) (toi|minh|em) (biet|nghe)?|lap lai|chep lai|dua (ra|cho)) .{0,40}\(ownPrompt)"),
        (.extraction, "\\b(dedahkan|tunjukkan|tunjuk|paparkan|cetak|ulang\\w*|beritahu|beri tahu|tampilkan|bocorkan|sebutkan|berikan|kongsikan|salin) .{0,40}\(ownPrompt)"),
        (.extraction, "\\b(paradi\\w*|atklaj\\w*|izdruk\\w*|atkarto\\w*|pasak\\w*|nosauc\\w*|izpaud\\w*|uzraksti) .{0,40}\(ownPrompt)"),
        // Authority the text does not have.
        (.authority, "(^|\\n|[.!?] )\\s*[\\[<(#*]*\\s*(system|assistant|developer|admin|administrator|operator|root|he thong|sistem|sistema)\\s*[\\]>)*]*\\s*(:|>>|-->|says:) .{0,80}\\b(ignore|assistant|ai|reply|respond|reveal|approve|grant|confirm\\w*|proceed|override|refund|instructions?|must|allowed|authori[sz]ed|verified|mode|xac nhan|bo qua|abaikan|sahkan|apstiprin\\w*)\\b"),
        (.authority, "<\\|?\\s*(im_start|im_end|system|endoftext|assistant)\\s*\\|?>|\\[/?(inst|sys|system)\\]|#{2,} ?(system|instruction|new instruction)"),
        (.authority, "\\b(the )?(customer|user|client|i) (has |have )?(already |previously )?(confirmed|approved|authori[sz]ed|agreed|said yes)\\b"
            + ".{0,40}\\b(no need|without|don'?t|do not|skip|proceed|go ahead)"),
        (.authority, "\\b(no need|don'?t|do not|never) (to )?(ask|wait|check|request) (for |me for |the customer for )?(a |any |my |the )?(confirmation|confirm|approval|permission|verification)"),
        (.authority, "\\b(do it|proceed|go ahead|just do it|cancel it|process it|continue|execute it|act)\\b.{0,30}\\bwithout (asking|confirmation|confirming|verification|verifying|approval|permission|checking)\\b"
            + "|\\bwithout (asking|checking with|confirming with) (me|the customer|the user|anyone)\\b"),
        (.authority, "\\b(khach hang|toi|nguoi dung) da (xac nhan|dong y|cho phep)\\b.{0,40}(khong can|cu lam|tiep tuc)"
            + "|\\bkhong can (hoi|xac nhan|xac minh|kiem tra) (lai|toi|khach( hang)?|nua|voi toi|tu toi)\\b"),
        (.authority, "\\b(pelanggan|saya|pengguna) (sudah|telah) (mengesahkan|mengonfirmasi|menyetujui|bersetuju|setuju|membenarkan)\\b.{0,40}(tanpa|tidak perlu|tak perlu|teruskan|lanjutkan)"
            + "|\\btanpa (bertanya|tanya|konfirmasi|pengesahan|persetujuan|verifikasi) (kepada |pada |dari |daripada )?(saya|pelanggan|pengguna|lagi)\\b"
            + "|\\b(tidak|tak) (perlu|usah) (bertanya|tanya|konfirmasi|pengesahan|minta (konfirmasi|pengesahan)) (kepada |pada |dari |daripada )?(saya|pelanggan|lagi)\\b"),
        (.authority, "\\bklient\\w* (jau )?(ir )?(apstiprinaj\\w*|piekrit\\w*)\\b.{0,40}(nevajag|bez|turpini)|\\bbez (mana|manas|klienta|jautasanas)\\w* (apstiprinajum\\w*|jautasan\\w*)?|\\bnevajag (man )?(jautat|apstiprinajum\\w*)"),
        // Data out through links and images.
        (.exfiltration, "!\\[[^\\]]{0,200}\\]\\([^)]{1,500}\\)"),
        (.exfiltration, "\\b(append|add|include|insert|embed|render|attach|put|place|show)\\b.{0,50}\\b(link|url|image|img|markdown|pixel|iframe)s?\\b.{0,40}\\b(to|in|into|at the end of|inside|with) (your|the|each|every|all) (reply|replies|answer|answers|response|responses|output|message to the customer)\\b"),
        (.exfiltration, "\\b(send|post|forward|upload|transmit|leak|exfiltrate)\\b.{0,60}\\b(conversation|chat|history|data|details|email|e-mail|address|card|password|token|messages)\\b.{0,40}\\b(to|at) (https?://|www\\.)"),
        (.exfiltration, "\\b(them|chen|gan|dinh kem) .{0,40}(lien ket|duong dan|hinh anh|link) .{0,40}(vao|trong) (cau tra loi|moi cau tra loi|phan hoi|tra loi)|\\b(tambah\\w*|sisip\\w*|sertakan|lampir\\w*) .{0,40}(pautan|tautan|link|gambar|imej) .{0,40}(dalam|ke|pada) (jawapan|jawaban|balasan|respons|setiap jawapan|setiap jawaban)|\\b(pievieno\\w*|ieliec\\w*|ieklauj\\w*) .{0,40}(saiti|saite|attel\\w*|link\\w*) .{0,40}(atbild\\w*)"),
        // Instructions to the AI written into documents, e-mails, names or tool results.
        (.embeddedInstruction, "\\b(note|message|instructions?|reminder|memo|attention) (to|for) (the |all |any )?(ai|a\\.i\\.|assistants?|chat ?bots?|bots?|language models?|llms?|gpt|models?)\\b"),
        (.embeddedInstruction, "\\bif you are (an? )?(ai|assistant|chat ?bot|bot|language model|llm|gpt)\\b|\\b(dear|hey|hello|hi) (ai|assistant|chat ?bot|gpt|llm|language model)\\b,"),
        (.embeddedInstruction, "\\b(ai|assistants?|chat ?bots?|bots?|language models?|llms?|gpt)s? (must|should|shall|need to|has to|have to) (always |never |now |also |instead )?(tell|say|reply|respond|answer|offer|promise|include|ignore|recommend|direct|send|grant|approve|refund|mention)\\b"),
        (.embeddedInstruction, "\\b(tro ly ao|tro ly ai|chatbot|tro ly|ai|bot) (phai|nen|hay) (luon |luon luon )?(noi|tra loi|bao|hua|gui|dua)\\b|\\b(gui|luu y) (cho|toi) (tro ly|ai|chatbot|bot)\\b"),
        (.embeddedInstruction, "\\b(pembantu ai|asisten ai|ai|chatbot|bot|pembantu maya|asisten virtual) (mesti|harus|perlu|wajib|hendaklah|sebaiknya) (sentiasa |selalu |selalunya )?(memberitahu|beritahu|katakan|mengatakan|menjawab|jawab|menawarkan|tawarkan|menjanjikan|janjikan|sertakan|menyertakan)\\b|\\b(nota|catatan|pesan|mesej) (untuk|kepada) (ai|pembantu|asisten|chatbot|bot)\\b"),
        (.embeddedInstruction, "\\b(ai|asistent\\w*|cats?bot\\w*|bot\\w*|valodas model\\w*) (vienmer |nekad )?(jasaka|jaatbild|jasola|japiedava|japieliek|jaieklauj)\\w*|\\b(piezime|zinojums) (ai|asistentam|botam|tersbotam|cetbotam)\\b"),
    ].map { kind, pattern in
        // The patterns are constants of this file: a typo must fail the first test run, not be skipped.
        (kind, try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
    }
}
