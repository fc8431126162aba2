// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace ebb {

/**
 * When and where a field was changed: a hybrid logical clock's reading (milliseconds of the wall
 * clock, a counter for changes within one millisecond or while the wall clock lags a reading
 * already seen) and the device that made it. Stamps are totally ordered — by time, counter, then
 * device id — so every device resolves the same two stamps the same way.
 */
struct Stamp
{
    qint64 ms = 0;
    quint32 counter = 0;
    QString device; ///< 16 lowercase hex digits

    bool isNull() const { return ms == 0 && counter == 0 && device.isEmpty(); }
    friend std::strong_ordering operator<=>(const Stamp &a, const Stamp &b)
    {
        if (a.ms != b.ms) {
            return a.ms <=> b.ms;
        }
        if (a.counter != b.counter) {
            return a.counter <=> b.counter;
        }
        const int byDevice = QString::compare(a.device, b.device);
        return byDevice <=> 0;
    }
    friend bool operator==(const Stamp &a, const Stamp &b)
    {
        return a.ms == b.ms && a.counter == b.counter && a.device == b.device;
    }
};

/**
 * A device's hybrid logical clock (Kulkarni et al., 2014). Each reading is later than every
 * reading it made or saw before, whatever the wall clock does (set back, or behind another
 * device's), and stays close to the wall clock otherwise.
 */
class HybridClock
{
public:
    explicit HybridClock(QString device, Stamp last = {});

    /** A new stamp for a change made now (`wallMs`: the wall clock, ms since the epoch). */
    Stamp tick(qint64 wallMs);
    /** Takes in a stamp from another device, so that the next tick comes after it. */
    void observe(const Stamp &seen);
    /** The latest reading made or seen (to keep between runs). */
    Stamp last() const { return m_last; }
    const QString &device() const { return m_device; }

private:
    QString m_device;
    Stamp m_last;
};

/** A stamp is taken in only up to this far ahead of this computer's clock (a day). */
constexpr qint64 kMaxStampLeadMs = 24LL * 60 * 60 * 1000;
/** Nor with a counter this close to its limit: no honest clock gets there. */
constexpr quint32 kMaxStampCounter = 0xffff0000U;

/**
 * True for a stamp a computer may take in at `nowMs`: not more than a day ahead (one far-future
 * stamp would pin every computer's clock there), its counter not near its limit. One that is not is
 * left where it is, and tried again later.
 */
bool isAcceptableStamp(const Stamp &stamp, qint64 nowMs);

/** A new device id: 16 random lowercase hex digits (64 bits; nothing about the device in it). */
QString newDeviceId();
/** True for a device id as newDeviceId() makes them. */
bool isDeviceId(const QString &text);

} // namespace ebb
