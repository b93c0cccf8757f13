// Test tool: writes a sample sharing bundle's FHIR content through FhirWriter, from synthetic
// records covering every category, for the FHIR R4 JSON schema check (validate.js).
//   tandem-fhir-sample OUTPUT.json
// Exits 1 when it cannot write the file or when FhirReader refuses what FhirWriter wrote.

#include "FhirFixtures.h"

#include "tandem/sharing/FhirReader.h"
#include "tandem/sharing/FhirWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: tandem-fhir-sample OUTPUT.json\n");
        return 2;
    }
    using namespace tandem::sharing;
    FhirWriter writer(tandem::test::fhir::bundleInfo());
    QList<QByteArray> pieces{writer.begin()};
    for (const SharedChild& child : tandem::test::fhir::allChildren())
        pieces.append(writer.entries(child));
    pieces.append(writer.end());

    FhirReader reader;
    for (const QByteArray& piece : pieces) {
        if (auto fed = reader.feed(piece); !fed.ok()) {
            std::fprintf(stderr, "FhirReader refused the sample: %s\n", qPrintable(fed.message()));
            return 1;
        }
    }
    if (auto done = reader.finish(); !done.ok()) {
        std::fprintf(stderr, "FhirReader refused the sample: %s\n", qPrintable(done.message()));
        return 1;
    }

    // Indented, so a schema error's path is easy to find by eye.
    const QJsonDocument doc = QJsonDocument::fromJson(pieces.join());
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (doc.isNull() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(doc.toJson(QJsonDocument::Indented)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    std::printf("wrote %s (%d children)\n", argv[1], int(reader.children().size()));
    return 0;
}
