#include "tandem/services/DemoFamilyGenerator.h"
#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/Postcode.h"

#include <QUuid>

namespace tandem {

namespace {

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

const QStringList kGirls = {QStringLiteral("Ada"), QStringLiteral("Isla"), QStringLiteral("Maya"), QStringLiteral("Zara"),
                            QStringLiteral("Nia"), QStringLiteral("Elif"), QStringLiteral("Ffion"), QStringLiteral("Amelie"),
                            QStringLiteral("Hana"), QStringLiteral("Orla"), QStringLiteral("Saanvi"), QStringLiteral("Wiktoria")};
const QStringList kBoys = {QStringLiteral("Arlo"), QStringLiteral("Ezra"), QStringLiteral("Idris"), QStringLiteral("Kai"),
                           QStringLiteral("Rhys"), QStringLiteral("Tomasz"), QStringLiteral("Yusuf"), QStringLiteral("Otis"),
                           QStringLiteral("Rafael"), QStringLiteral("Dev"), QStringLiteral("Finley"), QStringLiteral("Mateo")};
const QStringList kAdults = {QStringLiteral("Bethan"), QStringLiteral("Chidinma"), QStringLiteral("Kasia"), QStringLiteral("Leanne"),
                             QStringLiteral("Nadia"), QStringLiteral("Shona"), QStringLiteral("Aled"), QStringLiteral("Darren"),
                             QStringLiteral("Imran"), QStringLiteral("Marek"), QStringLiteral("Tunde"), QStringLiteral("Gareth")};
const QStringList kSurnames = {QStringLiteral("Ashdown"), QStringLiteral("Brightwell"), QStringLiteral("Carrow"), QStringLiteral("Dunmore"),
                               QStringLiteral("Elstree"), QStringLiteral("Fenwick-Ade"), QStringLiteral("Greaves"), QStringLiteral("Harrowby"),
                               QStringLiteral("Iqbalson"), QStringLiteral("Jarrold"), QStringLiteral("Kowalczyk-Penn"), QStringLiteral("Llewellyn-Cray"),
                               QStringLiteral("Mbeki-Hart"), QStringLiteral("Northcote"), QStringLiteral("Okonjo"), QStringLiteral("Pemberly"),
                               QStringLiteral("Quarrie"), QStringLiteral("Rushworth"), QStringLiteral("Saltmarsh"), QStringLiteral("Thistlewood"),
                               QStringLiteral("Underhay"), QStringLiteral("Vexley"), QStringLiteral("Wrenfield"), QStringLiteral("Yardleigh"),
                               QStringLiteral("Abernant"), QStringLiteral("Blackwater"), QStringLiteral("Coldharbour"), QStringLiteral("Dewsnap"),
                               QStringLiteral("Eskdale-Moor"), QStringLiteral("Frettingham"), QStringLiteral("Gwynedd-Rhys"), QStringLiteral("Holloway-Tse"),
                               QStringLiteral("Ingleby"), QStringLiteral("Jaskowiak"), QStringLiteral("Kettlewell"), QStringLiteral("Lindqvist-Hale"),
                               QStringLiteral("Marchbank"), QStringLiteral("Nwachukwu-Bell"), QStringLiteral("Ormerod"), QStringLiteral("Popescu-Ward"),
                               QStringLiteral("Quennell"), QStringLiteral("Ravensworth"), QStringLiteral("Szymańska"), QStringLiteral("Tremayne"),
                               QStringLiteral("Ulverston"), QStringLiteral("Vasquez-Lowe"), QStringLiteral("Whitcombe"), QStringLiteral("Yilmazer"),
                               QStringLiteral("Zeller-Hart"), QStringLiteral("Achterberg"), QStringLiteral("Bramwell"), QStringLiteral("Cuthbertson"),
                               QStringLiteral("Delacroix-Webb"), QStringLiteral("Elphinstone"), QStringLiteral("Farquharson"), QStringLiteral("Gallacher")};
const QStringList kStreets = {QStringLiteral("Mill Lane"), QStringLiteral("Orchard Way"), QStringLiteral("Station Road"),
                              QStringLiteral("Canal Street"), QStringLiteral("Beech Grove"), QStringLiteral("Chapel Row"),
                              QStringLiteral("Foundry Close"), QStringLiteral("Meadow View")};
const QStringList kWards = {QStringLiteral("Northgate Central"), QStringLiteral("Riverside"), QStringLiteral("Hillfield"),
                            QStringLiteral("Eastbrook")};
const QStringList kCentres = {QStringLiteral("Brook Lane Children's Centre"), QStringLiteral("Millfield Family Hub"),
                              QStringLiteral("Eastbrook Children's Centre")};
const QStringList kLanguages = {QStringLiteral("English"), QStringLiteral("English"), QStringLiteral("English"),
                                QStringLiteral("English"), QStringLiteral("Welsh"), QStringLiteral("Polish"),
                                QStringLiteral("Urdu"), QStringLiteral("Romanian"), QStringLiteral("Somali")};
const QStringList kPractices = {QStringLiteral("Northgate Medical Practice"), QStringLiteral("Riverside Surgery"),
                                QStringLiteral("Hillfield Health Centre")};
const QString kInwardLetters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");

} // namespace

DemoFamilyGenerator::DemoFamilyGenerator(quint32 seed, QDate today) : m_rng(seed), m_today(today) {}

int DemoFamilyGenerator::pick(int size) { return std::uniform_int_distribution<int>(0, size - 1)(m_rng); }
const QString& DemoFamilyGenerator::pickFrom(const QStringList& list) { return list.at(pick(static_cast<int>(list.size()))); }

QString DemoFamilyGenerator::nhsNumber()
{
    for (;;) {
        QString nine = QStringLiteral("999");
        for (int i = 0; i < 6; ++i)
            nine += QChar(u'0' + pick(10));
        const auto check = domain::NhsNumber::checkDigit(nine);
        if (!check)
            continue;
        const QString number = nine + QChar(u'0' + *check);
        if (domain::NhsNumber::isValid(number) && !m_nhsNumbersUsed.contains(number)) {
            m_nhsNumbersUsed.insert(number);
            return number;
        }
    }
}

QString DemoFamilyGenerator::postcode()
{
    for (;;) {
        const QString candidate = QStringLiteral("NG%1 %2%3%4")
                                      .arg(1 + pick(9))
                                      .arg(pick(10))
                                      .arg(kInwardLetters.at(pick(static_cast<int>(kInwardLetters.size()))))
                                      .arg(kInwardLetters.at(pick(static_cast<int>(kInwardLetters.size()))));
        auto parsed = domain::Postcode::parse(candidate);
        if (parsed.ok())
            return parsed.value();
    }
}

Address DemoFamilyGenerator::address()
{
    Address a;
    a.line1 = QStringLiteral("%1 %2").arg(1 + pick(180)).arg(pickFrom(kStreets));
    a.town = QStringLiteral("Northgate");
    a.postcode = postcode();
    return a;
}

std::optional<Address> DemoFamilyGenerator::move()
{
    if (pick(6) != 0)
        return std::nullopt;
    return address();
}

std::optional<Involvement> DemoFamilyGenerator::extraInvolvement(const QDate& today)
{
    if (pick(4) != 0)
        return std::nullopt;
    static const QStringList services = {QStringLiteral("speech-language-therapy"), QStringLiteral("family-support"),
                                         QStringLiteral("early-years-setting"), QStringLiteral("midwifery")};
    static const QStringList organisations = {QStringLiteral("Northgate Community Health"), QStringLiteral("Northgate Family Support"),
                                              QStringLiteral("Little Acorns Nursery"), QStringLiteral("Northgate Maternity Unit")};
    const int which = pick(static_cast<int>(services.size()));
    Involvement i;
    i.service = services.at(which);
    i.organisation = organisations.at(which);
    i.workerName = pickFrom(kAdults) + QLatin1Char(' ') + pickFrom(kSurnames);
    i.since = today.addDays(-pick(400));
    return i;
}

QString DemoFamilyGenerator::phone() { return QStringLiteral("07700 900%1").arg(pick(1000), 3, 10, QLatin1Char('0')); }

Family DemoFamilyGenerator::next(const QString& keyWorkerUuid)
{
    Family f;
    f.uuid = newUuid();
    const QString surname = pickFrom(kSurnames);
    f.address = address();
    f.ward = pickFrom(kWards);
    f.childrensCentre = pickFrom(kCentres);
    f.mainLanguage = pickFrom(kLanguages);
    f.interpreterNeeded = f.mainLanguage != QLatin1String("English") && f.mainLanguage != QLatin1String("Welsh") && pick(2) == 0;
    f.keyWorkerUuid = keyWorkerUuid;

    Person parent;
    parent.uuid = newUuid();
    parent.givenName = pickFrom(kAdults);
    parent.familyName = surname;
    parent.dateOfBirth = m_today.addYears(-(19 + pick(22))).addDays(-pick(365));
    parent.phone = phone();
    parent.email = QStringLiteral("%1.%2@example.org").arg(parent.givenName.toLower(), QString::number(pick(10000)));
    parent.preferredContact = pick(3) == 0 ? QStringLiteral("email") : QStringLiteral("phone");
    parent.relationship = pick(5) == 0 ? QStringLiteral("father") : QStringLiteral("mother");
    parent.parentalResponsibility = true;
    f.adults.append(parent);
    if (pick(3) != 0) {
        Person partner = parent;
        partner.uuid = newUuid();
        partner.givenName = pickFrom(kAdults);
        partner.email.clear();
        partner.phone = phone();
        partner.preferredContact = QStringLiteral("phone");
        partner.relationship = pick(4) == 0 ? QStringLiteral("step-parent") : QStringLiteral("parent");
        partner.parentalResponsibility = partner.relationship == QLatin1String("parent");
        f.adults.append(partner);
    }

    const int children = 1 + (pick(4) == 0 ? 1 : 0);
    for (int i = 0; i < children; ++i) {
        Child c;
        c.uuid = newUuid();
        c.sex = pick(2) == 0 ? QStringLiteral("female") : QStringLiteral("male");
        c.givenName = pickFrom(c.sex == QLatin1String("female") ? kGirls : kBoys);
        c.familyName = surname;
        if (i == 0 && pick(20) == 0) {
            c.expectedDeliveryDate = m_today.addDays(7 + pick(84)); // registered antenatally
            c.givenName = QStringLiteral("Baby");
            c.sex = QStringLiteral("unknown");
        } else {
            c.dateOfBirth = m_today.addDays(-(14 + pick(5 * 365 - 14)));
            c.nhsNumber = nhsNumber();
            c.gpPractice = pickFrom(kPractices);
            c.gestationWeeks = pick(8) == 0 ? 32 + pick(5) : 37 + pick(5);
        }
        f.children.append(c);
    }
    return f;
}

} // namespace tandem
