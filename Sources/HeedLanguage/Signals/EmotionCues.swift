/// Phrases of anger, profanity, urgency, confusion and gratitude in English, Vietnamese, Malay/Indonesian and
/// Latvian. See ``CuePattern`` for the notation.
enum EmotionCues {
    static let anger: [CuePattern] = [
        // English
        ("angry", 1.5), ("furious", 2), ("ridiculous", 1.5), ("unacceptable", 1.8), ("terrible", 1.2), ("worst", 1.5),
        ("awful", 1.2), ("useless", 1.5), ("frustrat*", 1.5), ("fed up", 1.8), ("sick of", 1.8), ("disgust*", 1.5),
        ("pathetic", 1.8), ("horrible", 1.2), ("incompetent", 1.8), ("scam*", 1.5), ("rip off", 1.5),
        ("waste of", 1.2), ("annoy*", 1.2), ("outrage*", 1.8), ("still not", 1), ("still haven't", 1),
        ("how many times", 1.5), ("again and again", 1.2), ("nobody * help*", 1), ("no one * help*", 1),
        ("joke", 0.6), ("disappoint*", 1), ("sucks", 1.5), ("hate", 1.2),
        // Vietnamese
        ("buc minh", 2), ("buc muc", 2), ("tuc gian", 2), ("qua te", 1.5), ("te hai", 1.8), ("that vong", 1.2),
        ("vo dung", 1.5), ("lua dao", 1.5), ("qua dang", 1.5), ("kho chiu", 1.2), ("chan nan", 1.2), ("chan qua", 1.2),
        ("bao nhieu lan", 1.5), ("vo ly", 1.2), ("tao lao", 1.2), ("lam an kieu gi", 2), ("lam an * gi", 1.5),
        // Malay / Indonesian
        ("marah", 1.5), ("geram", 1.8), ("kecewa", 1.2), ("teruk", 1.2), ("tak guna", 1.5), ("tidak berguna", 1.5),
        ("menyampah", 1.8), ("sakit hati", 1.5), ("bengang", 1.8), ("kesal", 1.2), ("nyebelin", 1.5),
        ("penipu", 1.5), ("tipu", 1.2), ("berapa kali", 1.5), ("parah", 1), ("payah", 0.8), ("jengkel", 1.5),
        // Latvian
        ("dusmig*", 1.8), ("nepienemam*", 1.8), ("briesmig*", 1.2), ("sliktakais", 1.5), ("bezjedzig*", 1.5),
        ("krapsana", 1.5), ("krapnieki", 1.5), ("apnicis", 1.5), ("apnika", 1.5), ("nikns", 1.8),
        ("kaitinos*", 1.2), ("smiekligi", 0.8), ("vilies", 1.2), ("vilusies", 1.2), ("cik var", 1.2),
        ("cik reizes", 1.5), ("nekompetent*", 1.8),
    ].map { CuePattern($0.0, weight: $0.1) }

    /// Swear words (they count as anger); kept short and unambiguous.
    static let profanity: [CuePattern] = [
        ("fuck*", 2), ("shit*", 1.2), ("bullshit", 2), ("wtf", 1), ("damn*", 0.8), ("crap*", 0.8), ("bloody", 0.8),
        ("dm", 1.5), ("dcm", 2), ("dmm", 2), ("vcl", 1.5), ("vl", 1), ("clgt", 2), ("dkm", 2), ("đéo", 2), ("deo", 0.8),
        ("babi", 1.5), ("bangsat", 2), ("anjing", 1.5), ("sial", 1.2), ("celaka", 1.5), ("puki", 2), ("bodoh", 1.5),
        ("goblok", 2), ("tolol", 1.5), ("kampret", 1.5),
        ("suds", 1.2), ("pisties", 2), ("pizd*", 2), ("mauka", 2), ("bled", 1.5), ("idioti", 1.5), ("idiots", 1.5),
        ("idiot*", 1.5), ("stulbi", 1.2),
    ].map { CuePattern($0.0, weight: $0.1) }

    static let urgency: [CuePattern] = [
        // English
        ("urgent*", 2), ("asap", 2), ("immediately", 1.8), ("right now", 1.5), ("right away", 1.5),
        ("emergency", 2), ("as soon as possible", 2), ("today", 0.6), ("now", 0.5), ("quickly", 1), ("hurry", 1.5),
        ("critical", 1.2), ("deadline", 1), ("can't wait", 1.2), ("cannot wait", 1.2), ("tonight", 0.6),
        // Vietnamese
        ("gấp", 2), ("khan cap", 2), ("ngay lap tuc", 2), ("ngay bay gio", 1.5), ("nhanh len", 1.5),
        ("cang som cang tot", 2), ("som nhat", 1.2), ("hom nay", 0.6), ("nhanh", 0.6), ("gap gap", 2),
        // Malay / Indonesian
        ("segera", 1.8), ("kecemasan", 2), ("darurat", 2), ("sekarang juga", 1.8), ("secepatnya", 1.8),
        ("secepat mungkin", 2), ("mendesak", 2), ("cepat", 0.8), ("hari ini", 0.6), ("sekarang", 0.5),
        // Latvian
        ("steidzami", 2), ("steidzams", 2), ("nekavejoties", 2), ("tulit", 1.5), ("arkartas", 1.5),
        ("pec iespejas atrak", 2), ("sodien", 0.6), ("tagad", 0.5), ("atri", 0.6),
    ].map { CuePattern($0.0, weight: $0.1) }

    static let confusion: [CuePattern] = [
        // English
        ("confus*", 2), ("don't understand", 2), ("do not understand", 2), ("doesn't make sense", 2),
        ("makes no sense", 2), ("not sure", 1), ("i don't get", 1.8), ("unclear", 1.5), ("what does * mean", 1.8),
        ("how do i", 0.8), ("i'm lost", 1.5), ("lost", 0.5), ("which one", 0.8), ("huh", 1.2), ("what do you mean", 1.8),
        ("no idea", 1.2), ("puzzled", 1.5),
        // Vietnamese
        ("khong hieu", 2), ("chua hieu", 1.8), ("bi roi", 1.5), ("roi qua", 1.5), ("khong biet", 1), ("la sao", 1.2),
        ("nghia la gi", 1.8), ("lam sao", 0.8), ("the nao", 0.6), ("khong ro", 1.5),
        // Malay / Indonesian
        ("tak faham", 2), ("tidak faham", 2), ("kurang faham", 1.8), ("tidak mengerti", 2), ("tidak paham", 2),
        ("nggak ngerti", 2), ("gak ngerti", 2), ("ga ngerti", 2), ("bingung", 1.8), ("keliru", 1.5), ("tak tahu", 1),
        ("tidak tahu", 1), ("macam mana", 0.8), ("bagaimana", 0.6), ("apa maksud*", 1.8), ("maksudnya", 1),
        // Latvian
        ("nesaprotu", 2), ("nesaprot", 1.8), ("neskaidrs", 1.5), ("neskaidri", 1.5), ("apjucis", 1.8),
        ("apjukusi", 1.8), ("ko tas nozime", 1.8), ("nezinu", 1), ("ka tas", 0.5), ("ko jus domajat", 1.2),
    ].map { CuePattern($0.0, weight: $0.1) }

    static let gratitude: [CuePattern] = [
        // English
        ("thank*", 2), ("thx", 2), ("ty", 1.2), ("appreciate*", 1.8), ("great", 1), ("awesome", 1.5), ("perfect", 1.2),
        ("excellent", 1.5), ("love it", 1.5), ("helpful", 1.5), ("solved", 1.2), ("works now", 1.5), ("cheers", 1.2),
        ("wonderful", 1.5), ("amazing", 1.5), ("satisfied", 1.5), ("happy with", 1.5),
        // Vietnamese
        ("cam on", 2), ("cam on nhieu", 2.5), ("tuyet voi", 1.8), ("hai long", 1.8), ("rat tot", 1.2), ("tot qua", 1.2),
        ("duoc roi", 1), ("ok roi", 1), ("xuat sac", 1.5),
        // Malay / Indonesian
        ("terima kasih", 2), ("makasih", 2), ("trima kasih", 2), ("tq", 1.5), ("tqvm", 2), ("bagus", 1), ("mantap", 1.5),
        ("puas", 1.2), ("sangat membantu", 2), ("hebat", 1.2), ("terbaik", 1.5), ("berpuas hati", 1.8),
        // Latvian
        ("paldies", 2), ("liels paldies", 2.5), ("lieliski", 1.5), ("izcili", 1.5), ("apmierinats", 1.5),
        ("apmierinata", 1.5), ("jauki", 1), ("forsi", 1.2), ("palidzejat", 1.5), ("super", 1),
    ].map { CuePattern($0.0, weight: $0.1) }
}
