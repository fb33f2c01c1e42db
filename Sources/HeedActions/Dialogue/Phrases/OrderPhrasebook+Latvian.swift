extension OrderPhrasebook {
    static let latvian: [OrderPhrase: String] = [
        .askIdentity: """
            Pirms skatīt jūsu pasūtījumus, man jāpārliecinās, kas jūs esat. Lūdzu, nosūtiet sava konta e-pasta \
            adresi kopā ar pasūtījuma numuru (vai vārdu, uzvārdu un pasta indeksu).
            """,
        .identityFailed: """
            Ar šiem datiem es nevarēju apstiprināt jūsu identitāti. Lūdzu, pārbaudiet e-pasta adresi un pasūtījuma \
            numuru (vai vārdu un pasta indeksu) un mēģiniet vēlreiz.
            """,
        .askOrderNumberToo: "Paldies. Lūdzu, nosūtiet arī kāda sava pasūtījuma numuru, lai es varu to apstiprināt.",
        .whichOrder: "Par kuru pasūtījumu ir runa? Jūsu pasūtījumi:\n{list}\nLūdzu, atbildiet ar pasūtījuma numuru.",
        .orderListLine: "- {order}: {items} ({status})",
        .noOrders: "Jūsu kontā es neatradu nevienu pasūtījumu.",
        .noneCancellable: "Nevienu jūsu pasūtījumu tagad nevar atcelt: atcelt var tikai vēl neapstrādātus pasūtījumus.",
        .noneReturnable: "Nevienu jūsu pasūtījumu tagad nevar atgriezt: atgriezt var tikai piegādātus pasūtījumus.",
        .noneChangeable: "Nevienam jūsu pasūtījumam tagad nevar mainīt adresi: tikai vēl neapstrādātiem pasūtījumiem.",
        .notFound: "Starp jūsu pasūtījumiem es neatradu pasūtījumu {order}. Lūdzu, pārbaudiet numuru.",
        .status: "Pasūtījums {order} ({items}): {status}.",
        .trackingLine: "Izsekošanas numurs: {tracking}.",
        .trackingCarrier: "Izsekošanas numurs: {tracking} ({carrier}).",
        .noTrackingYet: "Pasūtījumam vēl nav izsekošanas numura.",
        .warrantyUntil: "Jūsu pasūtījumam {order} ({items}) ir garantija līdz {date}.",
        .warrantyExpired: "Jūsu pasūtījuma {order} garantija beidzās {date}.",
        .warrantyUnknown: "Man nav garantijas informācijas par jūsu pasūtījumu {order}.",
        .cannotCancel: "Pasūtījumu {order} nevar atcelt: tā statuss ir {status}.",
        .cannotReturn: "Pasūtījumu {order} nevar atgriezt: tā statuss ir {status}. Atgriezt var tikai piegādātus pasūtījumus.",
        .cannotChangeAddress: "Pasūtījuma {order} adresi nevar mainīt: tā statuss ir {status}.",
        .changesIntro: "Lūk, kas tieši mainīsies:",
        .confirmQuestion: "Vai turpināt? Atbildiet \"jā\", lai apstiprinātu; jebkura cita atbilde neko nemainīs.",
        .changeCancel: "- Pasūtījums {order} ({items}) tiks atcelts.",
        .changeRefund: "- {amount} tiks atmaksāti uz {method} {timing}.",
        .changeReturn: "- {items} no pasūtījuma {order} tiks atgriezti; {amount} tiks atmaksāti uz {method}.",
        .changeAddress: "- Pasūtījums {order} tiks nosūtīts uz {address}, nevis uz {old}.",
        .doneCancel: "Gatavs: pasūtījums {order} ir atcelts.",
        .doneRefund: "{amount} tiek atmaksāti uz {method} {timing}.",
        .doneReturn: """
            Gatavs: {items} atgriešana no pasūtījuma {order} ir pieteikta; {amount} tiks atmaksāti uz {method}. \
            Jūs saņemsiet e-pastu ar norādēm, kā preces nosūtīt atpakaļ.
            """,
        .doneAddress: "Gatavs: pasūtījums {order} tiks nosūtīts uz {address}.",
        .declined: "Labi, es neko nemainīju.",
        .askItems: "Kuras preces no pasūtījuma {order} vēlaties atgriezt?\n{list}",
        .askAddress: "Kāda ir jaunā piegādes adrese pasūtījumam {order}? Lūdzu, rakstiet tā: iela, pilsēta, pasta indekss, valsts.",
        .failed: "Es to nevarēju izdarīt: {reason}.",
        .timingNow: "nekavējoties",
        .timingDays: "5 līdz 7 darba dienu laikā",
        .statusPending: "saņemts un tiek sagatavots; vēl nav nosūtīts",
        .statusPendingModified: "saņemts ar mainītām precēm; vēl nav nosūtīts",
        .statusProcessed: "tiek apstrādāts nosūtīšanai",
        .statusShipped: "nosūtīts un ir ceļā",
        .statusDelivered: "piegādāts",
        .statusCancelled: "atcelts",
        .statusReturnRequested: "gaida jūsu atgriešanu",
        .statusExchangeRequested: "gaida jūsu apmaiņu",
        .statusReturned: "atgriezts",
    ]
}
