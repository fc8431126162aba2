// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync merge: hybrid logical clocks, change sets as bytes, and the merged state that every
// device must reach whatever order the changes arrive in.
#include "sync/changeset.h"
#include "sync/hlc.h"
#include "sync/replicastate.h"

#include <QCborValue>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace ebb;

namespace {

const QString kA = QStringLiteral("aaaaaaaaaaaaaaaa");
const QString kB = QStringLiteral("bbbbbbbbbbbbbbbb");
const QString kC = QStringLiteral("cccccccccccccccc");

FieldChange set(const QString &key, const QString &field, const QCborValue &value, const Stamp &stamp,
                QList<Stamp> bases = {})
{
    return FieldChange{QStringLiteral("checkins"), key, field, value, stamp, std::move(bases)};
}

/** One device: its clock, its merged state, and every change it made (to check none is lost). */
struct Device
{
    explicit Device(const QString &id)
        : clock(id)
    {}

    /** Changes `field` of `key` now, replacing what this device has for it. */
    FieldChange edit(const QString &key, const QString &field, const QCborValue &value, qint64 wallMs)
    {
        clock.observe(state.latest());
        const auto current = state.field(QStringLiteral("checkins"), key, field);
        FieldChange change = set(key, field, value, clock.tick(wallMs), current ? current->heads : QList<Stamp>{});
        state.apply(change);
        made.append(change);
        return change;
    }

    HybridClock clock;
    ReplicaState state;
    QList<FieldChange> made;
};

} // namespace

TEST_CASE("a hybrid clock only moves forward, past everything it saw, whatever the wall clock does", "[sync]")
{
    HybridClock clock(kA);
    const Stamp first = clock.tick(1000);
    CHECK(first == Stamp{1000, 0, kA});
    CHECK(clock.tick(1000) == Stamp{1000, 1, kA}); // the same millisecond
    CHECK(clock.tick(900) == Stamp{1000, 2, kA});  // the wall clock set back
    clock.observe(Stamp{5000, 7, kB});             // another computer's clock runs ahead
    const Stamp after = clock.tick(1200);
    CHECK(after > Stamp{5000, 7, kB});
    CHECK(after.device == kA);
    CHECK(clock.tick(6000) == Stamp{6000, 0, kA}); // and the wall clock catches up
    // Equal times and counters are ordered by device, the same way everywhere.
    CHECK(Stamp{10, 0, kA} < Stamp{10, 0, kB});
    CHECK(isDeviceId(newDeviceId()));
    CHECK(newDeviceId() != newDeviceId());
    CHECK_FALSE(isDeviceId(QStringLiteral("AAAAAAAAAAAAAAAA")));
}

TEST_CASE("a change set comes back from its bytes exactly, and anything else is refused whole", "[sync]")
{
    const ChangeSet original{
        kA,
        42,
        {set(QStringLiteral("2026-03-14"), QStringLiteral("energy"), 6, Stamp{1000, 0, kA}),
         set(QStringLiteral("2026-03-14"), QStringLiteral("note"), QStringLiteral("Müde, aber ok"), Stamp{1000, 1, kA},
             {Stamp{900, 0, kB}}),
         set(QStringLiteral("2026-03-15"), QStringLiteral("sleep_minutes"), QCborValue(nullptr), Stamp{1001, 0, kA})}};
    const QByteArray bytes = encodeChangeSet(original);
    CHECK(bytes == encodeChangeSet(original)); // the same bytes every time
    const auto decoded = decodeChangeSet(bytes);
    REQUIRE(decoded);
    CHECK(*decoded == original);
    CHECK(decoded->changes.at(2).value.isNull()); // "not recorded" stays not recorded

    CHECK_FALSE(decodeChangeSet(bytes.left(bytes.size() - 3)));
    CHECK_FALSE(decodeChangeSet(QByteArrayLiteral("not cbor at all")));
    // A change that claims to replace a later one is not one Ebb wrote.
    ChangeSet backwards = original;
    backwards.changes[1].bases = {Stamp{2000, 0, kB}};
    CHECK_FALSE(decodeChangeSet(encodeChangeSet(backwards)));
    ChangeSet badDevice = original;
    badDevice.device = QStringLiteral("../../etc");
    const auto refused = decodeChangeSet(encodeChangeSet(badDevice));
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("left as it is")));
}

TEST_CASE("the later of two edits of a field wins on every device; both texts of a note are kept", "[sync]")
{
    Device a(kA);
    Device b(kB);
    const FieldChange first =
        a.edit(QStringLiteral("2026-03-14"), QStringLiteral("note"), QStringLiteral("Tired."), 1000);
    b.state.apply(first);
    // Both computers change the note without seeing each other's change.
    const FieldChange onA =
        a.edit(QStringLiteral("2026-03-14"), QStringLiteral("note"), QStringLiteral("Tired. Walked."), 2000);
    const FieldChange onB =
        b.edit(QStringLiteral("2026-03-14"), QStringLiteral("note"), QStringLiteral("Tired. Slept early."), 2500);
    a.state.apply(onB);
    b.state.apply(onA);
    CHECK(a.state.digest() == b.state.digest());
    const auto note = a.state.field(QStringLiteral("checkins"), QStringLiteral("2026-03-14"), QStringLiteral("note"));
    REQUIRE(note);
    CHECK(note->value.toString() == QStringLiteral("Tired. Slept early."));         // the later one
    CHECK(note->concurrent == QList<QCborValue>{QStringLiteral("Tired. Walked.")}); // and the other, kept
    // The person then writes one text from both: it replaces both, and the note is one again.
    const FieldChange joined = a.edit(QStringLiteral("2026-03-14"), QStringLiteral("note"),
                                      QStringLiteral("Tired. Walked, slept early."), 3000);
    CHECK(joined.bases.size() == 2);
    b.state.apply(joined);
    const auto after = b.state.field(QStringLiteral("checkins"), QStringLiteral("2026-03-14"), QStringLiteral("note"));
    REQUIRE(after);
    CHECK(after->concurrent.isEmpty());
    CHECK(after->value.toString() == QStringLiteral("Tired. Walked, slept early."));
    CHECK(a.state.digest() == b.state.digest());
}

TEST_CASE("a deletion is a tombstone: it wins over older edits and loses to a later one", "[sync]")
{
    Device a(kA);
    Device b(kB);
    const QString day = QStringLiteral("2026-03-14");
    b.state.apply(a.edit(day, QStringLiteral("energy"), 4, 1000));
    const FieldChange deleted = a.edit(day, tombstoneField(), true, 2000);
    const FieldChange olderEdit = b.edit(day, QStringLiteral("energy"), 5, 1500); // b's clock is behind
    a.state.apply(olderEdit);
    b.state.apply(deleted);
    CHECK(a.state.isDeleted(QStringLiteral("checkins"), day));
    CHECK(b.state.isDeleted(QStringLiteral("checkins"), day));
    const FieldChange revived = b.edit(day, tombstoneField(), false, 3000);
    a.state.apply(revived);
    CHECK_FALSE(a.state.isDeleted(QStringLiteral("checkins"), day));
    CHECK(a.state.digest() == b.state.digest());
}

TEST_CASE("three computers editing at random converge to one journal, whatever the order, losing nothing",
          "[sync][property]")
{
    const auto seed = GENERATE(range(1, 41));
    std::mt19937 random(unsigned(seed) * 7919U);
    std::array<Device, 3> devices{Device(kA), Device(kB), Device(kC)};
    const QStringList days{QStringLiteral("2026-03-10"), QStringLiteral("2026-03-11"), QStringLiteral("2026-03-12")};
    const QStringList fields{QStringLiteral("energy"), QStringLiteral("mood"), QStringLiteral("note"),
                             tombstoneField()};
    // What each device sent and has not yet reached each other device: delivered in random
    // order, some twice, the rest at the end.
    std::vector<std::pair<int, FieldChange>> inFlight;
    qint64 wall = 1'000'000;
    for (int step = 0; step < 120; ++step) {
        const int who = int(random() % 3);
        wall += qint64(random() % 50);
        // Each computer's own wall clock is a little off.
        const qint64 own = wall + (who == 0 ? 0 : who == 1 ? -30 : 25);
        if (random() % 3 != 0) {
            const QString &field = fields.at(qsizetype(random() % fields.size()));
            QCborValue value = field == tombstoneField() ? QCborValue(random() % 2 == 0)
                               : field == QStringLiteral("note")
                                   ? QCborValue(QStringLiteral("note %1 by %2").arg(step).arg(who))
                                   : QCborValue(qint64(random() % 11));
            const FieldChange change =
                devices[size_t(who)].edit(days.at(qsizetype(random() % days.size())), field, value, own);
            for (int to = 0; to < 3; ++to) {
                if (to != who) {
                    inFlight.emplace_back(to, change);
                }
            }
        } else if (!inFlight.empty()) {
            // Something arrives at some computer; now and then it is a file the engine delivered twice.
            const size_t pick = random() % inFlight.size();
            const auto [to, change] = inFlight[pick];
            devices[size_t(to)].state.apply(change);
            if (random() % 4 != 0) {
                inFlight.erase(inFlight.begin() + qsizetype(pick));
            }
        }
    }
    std::shuffle(inFlight.begin(), inFlight.end(), random);
    for (const auto &[to, change] : inFlight) {
        devices[size_t(to)].state.apply(change);
    }
    INFO("seed " << seed);
    CHECK(devices[0].state.digest() == devices[1].state.digest());
    CHECK(devices[1].state.digest() == devices[2].state.digest());
    // Nothing committed is lost: every change is either still there (the value, or kept beside it)
    // or was replaced by a change made by a device that had seen it.
    for (const Device &device : devices) {
        for (const FieldChange &change : device.made) {
            const auto merged = devices[0].state.field(change.table, change.key, change.field);
            REQUIRE(merged);
            const bool present = merged->heads.contains(change.stamp);
            bool replaced = false;
            for (const Device &other : devices) {
                for (const FieldChange &later : other.made) {
                    replaced = replaced || (later.table == change.table && later.key == change.key &&
                                            later.field == change.field && later.bases.contains(change.stamp));
                }
            }
            CHECK((present || replaced));
        }
    }
}
