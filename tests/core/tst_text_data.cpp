// Character-level text (issue 13): UTF-8 decoding by code point, the
// vocabulary, the one-hot windows and their next-character targets, the
// errors for bad files, the temperature's arithmetic, and sampling from a
// network that has learnt a tiny text by heart.
#include "Error.h"
#include "data/TextData.h"
#include "data/Utf8.h"
#include "experiment/ExperimentJson.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"
#include "training/TextSampling.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace nnlab;
using json = nlohmann::json;

namespace {

QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const DataError& e) {
        return QString::fromStdString(e.what());
    } catch (const SpecError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

std::string writeFile(const QTemporaryDir& dir, const char* name, const std::string& bytes) {
    const std::string path = dir.filePath(QString::fromLatin1(name)).toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

// A text that a small LSTM learns by heart: every window of 8 characters
// occurs once per period, so the next character is always certain.
const std::string kTinyText = "the cat sat on the mat. ";

Experiment tinyTextExperiment(const std::string& textFile) {
    json j = json::parse(R"({
      "format": "nnlab-experiment", "version": 1, "seed": 2,
      "data": {"generator": "text", "text_window": 8, "points": 1000, "train_ratio": 1.0, "seed": 3},
      "network": {"layers": [{"type": "lstm", "name": "lstm", "units": 32},
                             {"type": "dense", "name": "out", "units": 11, "activation": "softmax"}]},
      "loss": "sparse_cce", "optimizer": {"name": "adam", "lr": 0.02},
      "regularization": {"clip_norm": 1.0}, "batch_size": 16, "epochs": 60})");
    j["data"]["text_file"] = textFile;
    return experimentFromJson(j);
}

}  // namespace

class TestTextData : public QObject {
    Q_OBJECT
private slots:
    void utf8IsDecodedByCodePoint() {
        const std::string bytes = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // a, e acute, euro sign, a smiley: 1+2+3+4 bytes
        const std::u32string text = decodeUtf8(bytes, "test");
        QCOMPARE(int(text.size()), 4);
        QCOMPARE(quint32(text[0]), quint32(0x61));
        QCOMPARE(quint32(text[1]), quint32(0xE9));
        QCOMPARE(quint32(text[2]), quint32(0x20AC));
        QCOMPARE(quint32(text[3]), quint32(0x1F600));
        QCOMPARE(encodeUtf8(text), bytes);
        QCOMPARE(int(decodeUtf8("\xEF\xBB\xBFok", "test").size()), 2);  // the byte order mark is not text
    }

    void invalidUtf8IsRefusedWithItsPlace_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::newRow("continuation byte first") << QByteArray("ab\x80") << 2;
        QTest::newRow("cut off at the end") << QByteArray("ab\xC3") << 2;
        QTest::newRow("cut off by the next character") << QByteArray("\xE2\x82x") << 0;
        QTest::newRow("overlong slash") << QByteArray("x\xC0\xAF") << 1;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("0xFF") << QByteArray("abc\xFF") << 3;
    }
    void invalidUtf8IsRefusedWithItsPlace() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        const QString error = errorOf([&] { decodeUtf8(bytes.toStdString(), "poem.txt"); });
        QVERIFY2(error.startsWith("poem.txt: not UTF-8 text (byte " + QString::number(offset) + ":"), qPrintable(error));
    }

    void badFilesNameTheFile() {
        QTemporaryDir dir;
        const std::string empty = writeFile(dir, "empty.txt", "");
        const std::string latin1 = writeFile(dir, "latin1.txt", "caf\xE9 au lait");
        const std::string binary = writeFile(dir, "binary.txt", std::string("ab\0cd", 5));
        const std::string missing = dir.filePath("missing.txt").toStdString();
        QString e = errorOf([&] { readTextFile(empty); });
        QVERIFY2(e.startsWith(QString::fromStdString(empty) + ": the file is empty"), qPrintable(e));
        e = errorOf([&] { readTextFile(latin1); });
        QVERIFY2(e.startsWith(QString::fromStdString(latin1) + ": not UTF-8 text (byte 3"), qPrintable(e));
        e = errorOf([&] { readTextFile(binary); });
        QVERIFY2(e.startsWith(QString::fromStdString(binary) + ": not a text file"), qPrintable(e));
        e = errorOf([&] { readTextFile(missing); });
        QVERIFY2(e.startsWith(QString::fromStdString(missing) + ": cannot open"), qPrintable(e));
        // Through the experiment's data block, as the window and the CLI load it.
        DataSpec spec;
        spec.generator = "text";
        spec.textFile = latin1;
        e = errorOf([&] { loadData(spec); });
        QVERIFY2(e.startsWith(QString::fromStdString(latin1) + ": not UTF-8"), qPrintable(e));
    }

    void theVocabularyIsTheSortedCodePoints() {
        const TextVocabulary v = vocabularyOf(decodeUtf8("h\xC3\xA9llo w\xC3\xB6rld", "test"));  // "héllo wörld"
        QCOMPARE(v.size(), 9);  // space, d, h, l, o, r, w, é, ö
        QCOMPARE(quint32(v.chars.front()), quint32(' '));
        QCOMPARE(quint32(v.chars.back()), quint32(0xF6));
        QCOMPARE(v.indexOf(U'l'), 3);
        QCOMPARE(v.indexOf(U'z'), -1);
        const Dataset d = textDataset(decodeUtf8("h\xC3\xA9llo w\xC3\xB6rld", "test"), 3, 100, "test");
        QCOMPARE(d.classNames[7], std::string("\xC3\xA9"));  // class names are the characters, in UTF-8
        QCOMPARE(vocabularyFromClassNames(d.classNames).chars, v.chars);
    }

    void windowsAreOneHotWithTheNextCharacterAsTarget() {
        // "abcab", T = 2: windows "ab" -> c, "bc" -> a, "ca" -> b; classes a = 0, b = 1, c = 2.
        const Dataset d = textDataset(U"abcab", 2, 100, "test");
        QCOMPARE(d.size(), Index(3));
        QCOMPARE(d.numClasses, 3);
        QVERIFY(d.sampleShape == (Shape{2, 3}));
        QCOMPARE(d.kind, ProblemKind::Classification);
        RowVector first(6);
        first << 1, 0, 0, 0, 1, 0;  // step 0: a, step 1: b
        QCOMPARE(RowVector(d.points.row(0)), first);
        QCOMPARE(d.targets(0, 0), 2.0);
        QCOMPARE(d.targets(1, 0), 0.0);
        QCOMPARE(d.targets(2, 0), 1.0);
        // Capped at 2 windows: evenly spaced starts 0 and floor(1 * 3 / 2) = 1.
        const Dataset capped = textDataset(U"abcab", 2, 2, "test");
        QCOMPARE(capped.size(), Index(2));
        QCOMPARE(capped.targets(1, 0), 0.0);
    }

    void aTextTooShortOrOfOneCharacterIsRefused() {
        QVERIFY(errorOf([] { textDataset(U"ab", 2, 10, "short.txt"); }).startsWith("short.txt: the text has 2 characters"));
        QVERIFY(errorOf([] { textDataset(U"aaaa", 2, 10, "a.txt"); }).startsWith("a.txt: the text has only one distinct"));
        QVERIFY(errorOf([] { textDataset(U"abcab", 1, 10, "x"); }).startsWith("data.text_window: expected 2 to 256"));
    }

    void aWindowIsAlignedToTheEnd() {
        const TextVocabulary v = vocabularyOf(U"abc");
        RowVector row(9);
        encodeTextWindow(v, U"zc", 3, row);  // step 0 empty (short), step 1 empty (z unknown), step 2: c
        RowVector expected = RowVector::Zero(9);
        expected(8) = 1.0;
        QCOMPARE(row, expected);
        encodeTextWindow(v, U"aabca", 3, row);  // the last 3: b, c, a
        expected.setZero();
        expected(1) = expected(3 + 2) = expected(6 + 0) = 1.0;
        QCOMPARE(row, expected);
    }

    void theBuiltInTextMakesADataSet() {
        DataSpec spec;
        spec.generator = "text";
        spec.points = 100000;
        const LoadedData loaded = loadData(spec);
        QCOMPARE(loaded.data.numClasses, 29);  // the output layer of text-lstm.json has 29 units
        QCOMPARE(loaded.data.size(), Index(decodeUtf8(builtInText(), "x").size()) - 32);
    }

    void theExperimentFileKeepsTheTextSettings() {
        QTemporaryDir dir;
        writeFile(dir, "poem.txt", "abc abc abc");
        json j = experimentToJson(tinyTextExperiment("poem.txt"));
        QCOMPARE(j["data"]["text_window"].get<int>(), 8);
        QCOMPARE(j["data"]["text_file"].get<std::string>(), std::string("poem.txt"));
        const std::string path = writeFile(dir, "exp.json", j.dump());
        // A relative text file is relative to the experiment file.
        QCOMPARE(readExperimentFile(path).data.textFile, dir.filePath("poem.txt").toStdString());
        j["data"]["text_window"] = 1;
        const QString e = errorOf([&] { experimentFromJson(j); });
        QVERIFY2(e.startsWith("data.text_window:"), qPrintable(e));
    }

    void temperatureScalesLogProbabilities() {
        RowVector p(3);
        p << 0.5, 0.25, 0.25;
        QVERIFY(applyTemperature(p, 1.0).isApprox(p, 1e-12));
        // tau = 1/2: p^2 / sum p^2 = (0.25, 0.0625, 0.0625) / 0.375 = (2/3, 1/6, 1/6)
        RowVector sharp(3);
        sharp << 2.0 / 3.0, 1.0 / 6.0, 1.0 / 6.0;
        QVERIFY(applyTemperature(p, 0.5).isApprox(sharp, 1e-12));
        // tau = 2: sqrt(p) / sum sqrt(p) = (0.7071, 0.5, 0.5) / 1.7071
        RowVector flat(3);
        flat << std::sqrt(0.5), 0.5, 0.5;
        flat /= flat.sum();
        QVERIFY(applyTemperature(p, 2.0).isApprox(flat, 1e-12));
        // tau -> 0: the most likely class only, even with a zero probability about.
        RowVector q(3);
        q << 0.2, 0.0, 0.8;
        RowVector argmax(3);
        argmax << 0, 0, 1;
        QCOMPARE(applyTemperature(q, 0.0), argmax);
        QVERIFY(applyTemperature(q, 0.01).isApprox(argmax, 1e-12));  // (0.2/0.8)^100 ~ 6e-61
    }

    void drawsFollowTheDistributionAndTheSeed() {
        RowVector p(3);
        p << 0.2, 0.5, 0.3;
        Rng rng(9), again(9);
        std::vector<int> counts(3, 0);
        for (int i = 0; i < 20000; ++i) {
            const Index k = drawClass(p, rng);
            QCOMPARE(drawClass(p, again), k);
            ++counts[std::size_t(k)];
        }
        for (int k = 0; k < 3; ++k) QVERIFY2(std::abs(counts[std::size_t(k)] / 20000.0 - p(k)) < 0.015, qPrintable(QString::number(counts[std::size_t(k)])));
    }

    void aNetworkWritesBackATextItLearntByHeart() {
        QTemporaryDir dir;
        std::string text;
        for (int i = 0; i < 6; ++i) text += kTinyText;
        const std::unique_ptr<Task> task = makeTask(tinyTextExperiment(writeFile(dir, "cat.txt", text)));
        while (!task->finished()) task->step();
        NetworkModel& model = requireNetwork(*task, "write");
        TextSampleRequest request;
        request.seedText = "the cat ";
        request.temperature = 0.0;
        request.length = 40;
        Rng rng(1);
        QCOMPARE(QString::fromStdString(sampleText(model, request, rng)),
                 QString::fromStdString((kTinyText + kTinyText).substr(8, 40)));
        // At temperature 1 the draws depend on the generator only: the same seed writes the same text.
        request.temperature = 1.0;
        Rng a(42), b(42);
        const std::string first = sampleText(model, request, a);
        QCOMPARE(sampleText(model, request, b), first);
        QCOMPARE(int(decodeUtf8(first, "x").size()), 40);
    }

    void samplingNeedsATextDataSet() {
        const std::unique_ptr<Task> task = makeTask(defaultExperiment());
        Rng rng(1);
        const QString e = errorOf([&] { sampleText(requireNetwork(*task, "write"), TextSampleRequest{}, rng); });
        QVERIFY2(e.startsWith("data.generator: writing text needs"), qPrintable(e));
    }
};

QTEST_APPLESS_MAIN(TestTextData)
#include "tst_text_data.moc"
