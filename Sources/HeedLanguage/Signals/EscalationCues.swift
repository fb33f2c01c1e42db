/// Phrases asking for a human agent or threatening to leave, in English, Vietnamese, Malay/Indonesian and
/// Latvian. See ``CuePattern`` for the notation. Weights: ≥ 2 is decisive on its own, ~1 strong, < 1 a hint.
enum EscalationCues {
    static let humanRequest: [CuePattern] = [
        // English
        ("talk to * human", 2.5), ("speak to * human", 2.5), ("speak with * human", 2.5), ("talk with * human", 2.5),
        ("talk to * person", 2.5), ("speak to * person", 2.5), ("speak with * person", 2.5), ("talk with * person", 2.5),
        ("talk to * agent", 2.5), ("speak to * agent", 2.5), ("speak with * agent", 2.5), ("talk to someone", 2),
        ("speak to someone", 2), ("talk to * representative", 2.5), ("speak to * representative", 2.5),
        ("real person", 2), ("real human", 2.5), ("actual person", 2), ("actual human", 2.5), ("live agent", 2.5),
        ("live person", 2.5), ("human agent", 2.5), ("human being", 1.5), ("agent please", 2.5), ("human please", 2.5),
        ("connect me * agent", 2.5), ("connect me * human", 2.5), ("transfer me * agent", 2.5), ("transfer me", 1.5),
        ("customer service representative", 2), ("representative", 1), ("supervisor", 1.2),
        // "Operator" alone is also a phone carrier ("I'm with another operator"): only asking for one counts.
        ("operator", 0.4), ("talk to * operator", 2.5), ("speak to * operator", 2.5), ("speak with * operator", 2.5),
        ("connect me * operator", 2.5), ("transfer me * operator", 2.5), ("operator please", 2.5),
        ("put me through", 2),
        ("your manager", 1.2), ("not a bot", 2), ("not a robot", 2), ("stop * bot", 1.5), ("are you a bot", 1.2),
        ("a human", 1.5), ("escalate", 1.2),
        // Vietnamese (folded; match with and without diacritics)
        ("gap nhan vien", 2.5), ("gap * nhan vien", 2.5), ("noi chuyen voi nguoi that", 2.5), ("nguoi that", 2),
        ("noi chuyen * nguoi", 2), ("noi chuyen * nhan vien", 2.5), ("ket noi * nhan vien", 2.5),
        ("chuyen * nhan vien", 2), ("nhan vien ho tro", 1.5), ("nhan vien tu van", 1.5), ("tu van vien", 1.5),
        ("tong dai vien", 2), ("gap nguoi", 2), ("gap tong dai", 2), ("khong phai bot", 2), ("khong muon * bot", 2),
        ("nhan vien", 0.6),
        // Malay / Indonesian
        ("cakap dengan orang", 2.5), ("cakap dengan * orang", 2.5), ("bercakap dengan ejen", 2.5),
        ("bercakap dengan * ejen", 2.5), ("cakap dengan * ejen", 2.5), ("bercakap dengan * orang", 2.5),
        ("bicara dengan manusia", 2.5), ("bicara dengan * manusia", 2.5), ("bicara dengan * orang", 2.5),
        ("bicara dengan * agen", 2.5), ("berbicara dengan * agen", 2.5), ("berbicara dengan * orang", 2.5),
        ("ngomong sama * orang", 2.5), ("ngomong dengan * orang", 2.5), ("ejen manusia", 2.5), ("agen manusia", 2.5),
        ("orang sebenar", 2.5), ("manusia sebenar", 2.5), ("orang sungguhan", 2.5), ("manusia sungguhan", 2.5),
        ("orang betul", 2), ("manusia betul", 2), ("hubungkan * agen", 2.5), ("sambungkan * ejen", 2.5),
        ("sambungkan * agen", 2.5), ("bukan bot", 2), ("bukan robot", 2), ("petugas", 1), ("ejen", 0.9), ("agen", 0.7),
        ("customer service", 1), ("khidmat pelanggan", 1),
        // Latvian (folded)
        ("runat ar cilveku", 2.5), ("runat ar * cilveku", 2.5), ("runat ar operatoru", 2.5),
        ("runat ar * operatoru", 2.5), ("savienojiet ar operatoru", 2.5), ("savienojiet * ar * operatoru", 2.5),
        ("savienot ar * operatoru", 2.5), ("parslegt * operatoru", 2.5), ("parsledziet * operatoru", 2.5),
        ("ar cilveku", 1.5), ("dzivs cilveks", 2.5), ("dzivu cilveku", 2.5), ("ists cilveks", 2.5),
        ("istu cilveku", 2.5), ("ar konsultantu", 2), ("operatoru", 0.6), ("operators", 0.4), ("nevis bots", 2),
        ("neesmu * bots", 0.5),
    ].map { CuePattern($0.0, weight: $0.1) }

    static let churnThreat: [CuePattern] = [
        // English
        ("cancel my account", 2.5), ("cancel * account", 2), ("close my account", 2.5), ("close * account", 2),
        ("delete my account", 2.5), ("cancel * subscription", 2), ("cancel my membership", 2.5), ("unsubscribe", 1.2),
        ("switch to * provider", 2.5), ("switch to * competitor", 2.5), ("switch provider*", 2.5),
        ("switching to", 1.5), ("going to switch", 2), ("another provider", 2), ("another company", 1.5),
        ("take my business elsewhere", 2.5), ("business elsewhere", 2), ("terminate * contract", 2),
        ("cancel * contract", 2), ("i'm leaving", 1.5), ("i am leaving", 1.5), ("never * again", 1),
        ("last time i", 1), ("find another", 1.2), ("competitor", 1),
        // Vietnamese
        ("huy tai khoan", 2.5), ("xoa tai khoan", 2.5), ("dong tai khoan", 2.5), ("huy dich vu", 2.5),
        ("huy dang ky", 2), ("huy hop dong", 2.5), ("cham dut hop dong", 2.5), ("cat hop dong", 2.5),
        ("chuyen sang * khac", 2.5), ("nha mang khac", 2), ("ben khac", 1.5), ("cong ty khac", 1.5),
        ("khong dung nua", 2), ("khong bao gio * nua", 1.2), ("bo dich vu", 2),
        // Malay / Indonesian
        ("batal akaun", 2.5), ("batalkan akaun", 2.5), ("tutup akaun", 2.5), ("padam akaun", 2.5),
        ("batalkan akun", 2.5), ("tutup akun", 2.5), ("hapus akun", 2.5), ("hapus akaun", 2.5),
        ("berhenti langganan", 2.5), ("batal langganan", 2.5), ("batalkan langganan", 2.5),
        ("tukar ke * lain", 2.5), ("beralih ke * lain", 2.5), ("pindah ke * lain", 2.5), ("penyedia lain", 2),
        ("syarikat lain", 2), ("perusahaan lain", 2), ("provider lain", 2), ("operator lain", 2),
        ("putus kontrak", 2.5), ("tamatkan kontrak", 2.5), ("tidak akan guna lagi", 2), ("tak nak guna lagi", 2),
        // Latvian
        ("slegt kontu", 2.5), ("aizvert kontu", 2.5), ("dzest kontu", 2.5), ("atcelt abonementu", 2.5),
        ("lauzt ligumu", 2.5), ("izbeigt ligumu", 2.5), ("parties pie", 2), ("pariesu pie", 2.5),
        ("cits pakalpojumu sniedzejs", 2), ("cita pakalpojumu sniedzeja", 2), ("citu operatoru", 2),
        ("pie konkurentiem", 2.5), ("vairs neizmantosu", 2), ("vairs nekad", 1),
    ].map { CuePattern($0.0, weight: $0.1) }
}
