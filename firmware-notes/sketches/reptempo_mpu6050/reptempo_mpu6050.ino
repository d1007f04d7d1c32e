/*
  reptempo_mpu6050.ino - reptempo sensor firmware for the InvenSense MPU-6050 (GY-521 board) over I2C,
  on an ESP32 or an Arduino Uno / Nano (any board with Wire works). Streams samples over USB serial in
  the reptempo wire protocol (firmware-notes/PROTOCOL.md): readable text lines or compact binary frames.

  Wiring (GY-521):
                 Uno / Nano (ATmega328P)          ESP32 DevKit (classic ESP32)
    GY-521 VCC   5V                               5V / VIN (USB 5 V)
    GY-521 GND   GND                              GND
    GY-521 SCL   A5                               GPIO 22
    GY-521 SDA   A4                               GPIO 21
    GY-521 AD0   leave open (pulled low on the    leave open
                 board: address 0x68; to 3.3 V for 0x69)
    XDA, XCL, INT: not used.
  VCC goes to 5 V on both: the GY-521 has its own 3.3 V regulator. Some GY-521s use a regulator that
  needs more than 1 V of headroom (AMS1117), so feeding them 3.3 V leaves the chip under-powered.

  Logic levels: the MPU-6050 is a 3.3 V chip (VDD max 3.46 V) and the GY-521 pulls SDA/SCL up to the
  3.3 V of its regulator (2.2 k to 10 k resistors, depending on the maker). The Uno and Nano are 5 V
  boards: their Wire library also pulls SDA/SCL up to 5 V, which this sketch switches off again
  (DISABLE_AVR_PULLUPS), so the bus stays at 3.3 V; the AVR reads 3.3 V as HIGH (threshold 3.0 V)
  with little margin. For a rig that must be reliable, put a bidirectional
  I2C level shifter (BSS138 type) between a 5 V board and the GY-521, or use a 3.3 V board (ESP32).
  The ESP32 is 3.3 V throughout and the GY-521 pulls the bus to 3.3 V: no level shifting.
  Keep the four wires short (under 20 cm) and run only the USB cable to the computer.

  Serial commands (send a single character; anything else, including CR/LF, is ignored):
    t  switch to text mode (prints the info lines and the header again)
    b  switch to binary mode (sends a hello frame)
    i  repeat the info lines + header (text) or the hello frame (binary)

  Standard Arduino API only (Wire.h, Serial, micros); no external libraries.
*/

#include <Wire.h>

// ------------------------------------ configuration ------------------------------------
// Each setting may also be given on the compiler command line (-DSAMPLE_RATE_HZ=1000 ...).

// Samples per second, 10..1000 (200..1000 is the useful range). The MPU-6050 itself is run at its
// 1 kHz internal rate; the sketch reads the newest value at this rate.
#ifndef SAMPLE_RATE_HZ
#define SAMPLE_RATE_HZ 200
#endif

// 1: start in binary mode, 0: start in text mode. Binary is the default here because these boards
// talk through a USB-serial chip at a real baud rate: at 115200 baud (11520 bytes/s) binary carries
// 200 Hz with gyroscope at 40 % load (4648 bytes/s), while text at 200 Hz (up to 14800 bytes/s) does not fit.
// Send 't' from the serial monitor to see text (or set SERIAL_BAUD higher, see below).
#ifndef START_MODE_BINARY
#define START_MODE_BINARY 1
#endif

// Baud rate. 115200 is the protocol's default (the host tries it first). What fits (PROTOCOL.md):
//   binary: 115200 up to 400 Hz; 460800 (ESP32) or 500000 (Uno) for 1000 Hz.
//   text:   115200 up to 100 Hz with gyroscope; 921600 (ESP32) or 1000000 (Uno) for 1000 Hz.
// A 16 MHz Uno/Nano cannot make 921600 or 460800 (they come out 8.5 % off); use 250000, 500000 or
// 1000000, which are exact there. The ESP32 makes any of them; CP2102 and CH340 bridges carry 921600.
// Text at 1000 Hz is also too much work for a 16 MHz AVR (formatting a row takes ~0.5 ms): use binary there.
#ifndef SERIAL_BAUD
#define SERIAL_BAUD 115200
#endif

// 1: send the gyroscope too (t,ax,ay,az,gx,gy,gz); 0: accelerometer only.
#ifndef SEND_GYRO
#define SEND_GYRO 1
#endif

// Accelerometer full scale, +-g: 2, 4, 8 or 16. 8 g leaves room for a dropped or bounced bar while a
// count is still 0.0024 m/s^2 (lifting itself stays well under 3 g).
#ifndef ACCEL_RANGE_G
#define ACCEL_RANGE_G 8
#endif

// Gyroscope full scale, +-deg/s: 250, 500, 1000 or 2000. A fast limb swing peaks at a few hundred
// deg/s; 1000 deg/s never clips and a count is still 0.03 deg/s.
#ifndef GYRO_RANGE_DPS
#define GYRO_RANGE_DPS 1000
#endif

// 400 kHz "fast mode" I2C (the MPU-6050's maximum): the 14-byte burst read takes about 0.4 ms.
#ifndef I2C_CLOCK_HZ
#define I2C_CLOCK_HZ 400000UL
#endif

// Binary mode repeats the hello frame this often so a host that connects late can sync within a second.
#ifndef HELLO_INTERVAL_US
#define HELLO_INTERVAL_US 1000000UL
#endif

#if SAMPLE_RATE_HZ < 10 || SAMPLE_RATE_HZ > 1000
#error "SAMPLE_RATE_HZ must be 10..1000"
#endif

// ---------------------------------- register map ----------------------------------
#define MPU_SMPLRT_DIV    0x19  // sample rate = internal rate / (1 + SMPLRT_DIV)
#define MPU_CONFIG        0x1A  // EXT_SYNC_SET[5:3] (0: off) DLPF_CFG[2:0]
#define MPU_GYRO_CONFIG   0x1B  // FS_SEL[4:3]
#define MPU_ACCEL_CONFIG  0x1C  // AFS_SEL[4:3]
#define MPU_ACCEL_CONFIG2 0x1D  // MPU-6500/9250 only: accelerometer DLPF (the MPU-6050 has none here)
#define MPU_ACCEL_XOUT_H  0x3B  // 14 bytes: AX AY AZ TEMP GX GY GZ, each high byte first
#define MPU_PWR_MGMT_1    0x6B  // DEVICE_RESET[7] SLEEP[6] CYCLE[5] TEMP_DIS[3] CLKSEL[2:0]
#define MPU_WHO_AM_I      0x75  // 0x68 on an MPU-6050 whatever AD0 is

// PWR_MGMT_1: 0x80 resets every register (the chip then sleeps); 0x01 wakes it (SLEEP = 0) with
// CLKSEL = 1, the X gyroscope's PLL, which the datasheet recommends over the internal 8 MHz oscillator
// for stability.
#define MPU_PWR_RESET 0x80
#define MPU_PWR_WAKE_PLL_X 0x01

// Accelerometer: AFS_SEL 0..3 = 2, 4, 8, 16 g = 16384, 8192, 4096, 2048 counts per g = range/32768 g.
#if ACCEL_RANGE_G == 2
#define MPU_AFS_SEL 0
#elif ACCEL_RANGE_G == 4
#define MPU_AFS_SEL 1
#elif ACCEL_RANGE_G == 8
#define MPU_AFS_SEL 2
#elif ACCEL_RANGE_G == 16
#define MPU_AFS_SEL 3
#else
#error "ACCEL_RANGE_G must be 2, 4, 8 or 16"
#endif

// Gyroscope: FS_SEL 0..3 = 250, 500, 1000, 2000 deg/s = 131, 65.5, 32.8, 16.4 counts per deg/s, which
// is range/32768 deg/s per count (the datasheet's figures are 32768/range, rounded).
#if GYRO_RANGE_DPS == 250
#define MPU_FS_SEL 0
#elif GYRO_RANGE_DPS == 500
#define MPU_FS_SEL 1
#elif GYRO_RANGE_DPS == 1000
#define MPU_FS_SEL 2
#elif GYRO_RANGE_DPS == 2000
#define MPU_FS_SEL 3
#else
#error "GYRO_RANGE_DPS must be 250, 500, 1000 or 2000"
#endif

// Digital low-pass filter: the widest whose accelerometer bandwidth is at most half the sample rate,
// so little above our Nyquist frequency is folded back (aliased) into the band. DLPF_CFG 1..6 also
// fixes the internal rate at 1 kHz (0 and 7 would make the gyroscope run at 8 kHz).
//   DLPF_CFG  accel bandwidth / delay   gyro bandwidth / delay
//     1          184 Hz / 2.0 ms          188 Hz / 1.9 ms     rates >= 376 Hz
//     2           94 Hz / 3.0 ms           98 Hz / 2.8 ms     rates >= 188 Hz
//     3           44 Hz / 4.9 ms           42 Hz / 4.8 ms     rates >= 88 Hz
//     4           21 Hz / 8.5 ms           20 Hz / 8.3 ms     rates >= 42 Hz
//     5           10 Hz / 13.8 ms          10 Hz / 13.4 ms    lower rates
// Lifting movements live below 20 Hz, so every setting keeps them intact; the delay is the same for
// every sample and so does not change tempo.
#if SAMPLE_RATE_HZ >= 376
#define MPU_DLPF_CFG 1
#define MPU_DLPF_HZ 184
#elif SAMPLE_RATE_HZ >= 188
#define MPU_DLPF_CFG 2
#define MPU_DLPF_HZ 94
#elif SAMPLE_RATE_HZ >= 88
#define MPU_DLPF_CFG 3
#define MPU_DLPF_HZ 44
#elif SAMPLE_RATE_HZ >= 42
#define MPU_DLPF_CFG 4
#define MPU_DLPF_HZ 21
#else
#define MPU_DLPF_CFG 5
#define MPU_DLPF_HZ 10
#endif

#define ACCEL_NG_PER_COUNT ((uint32_t)((ACCEL_RANGE_G * 1000000000ULL + 16384ULL) / 32768ULL))
#define GYRO_NDPS_PER_COUNT ((uint32_t)((GYRO_RANGE_DPS * 1000000000ULL + 16384ULL) / 32768ULL))

// ============================ BEGIN REPTEMPO PORTABLE ============================
// Plain C/C++ with no Arduino calls: the wire format (PROTOCOL.md), the CRC, the text formatting and
// the drift-free sample clock. This block is identical in reptempo_lsm6dso.ino and reptempo_mpu6050.ino;
// a PC test harness cuts it out between the BEGIN and END lines and checks it (see README.md).

#define RT_SYNC0            0xA5  // 1010 0101: top bit set, so it never occurs in text mode (7-bit ASCII)
#define RT_SYNC1            0x5A  // 0101 1010: the bitwise complement of SYNC0
#define RT_TYPE_HELLO       0x01
#define RT_TYPE_SAMPLE_A    0x02  // accelerometer only: 17-byte frame
#define RT_TYPE_SAMPLE_AG   0x03  // accelerometer and gyroscope: 23-byte frame
#define RT_PROTOCOL_VERSION 1
#define RT_HELLO_LEN        48
#define RT_SAMPLE_A_LEN     17
#define RT_SAMPLE_AG_LEN    23
#define RT_CHIP_LEN         16
#define RT_MAX_ROW          112   // longest possible text row, with room to spare
#define RT_US_PER_S         ((uint32_t)1000000UL)

// What the hello frame announces (PROTOCOL.md, "Hello frame").
typedef struct {
  uint16_t rateHz;               // samples per second
  uint8_t accelRangeG;           // accelerometer full scale, +-g
  uint16_t gyroRangeDps;         // gyroscope full scale, +-deg/s; 0 without gyroscope
  uint32_t accelNanoGPerCount;   // accelerometer sensitivity, 1e-9 g per count
  uint32_t gyroNanoDpsPerCount;  // gyroscope sensitivity, 1e-9 deg/s per count; 0 without gyroscope
  uint8_t hasGyro;               // 1 when sample frames carry the gyroscope
  const char *chip;              // chip name, at most 16 characters are sent
} RtDeviceInfo;

// Sample schedule that never drifts: the next due time is always the previous due time plus one period,
// never "now plus one period". 1e6 / rate is split into a whole number of microseconds and a remainder
// that is spread over the samples, so rates that do not divide 1e6 (e.g. 333 Hz) are exact on average.
typedef struct {
  uint32_t due;        // micros() value at which the next sample is due
  uint32_t periodUs;   // 1000000 / rateHz, rounded down
  uint32_t remainder;  // 1000000 % rateHz
  uint32_t acc;        // remainder accumulated so far
  uint32_t rateHz;
} RtSchedule;

// micros() wraps every 2^32 us (about 71.6 minutes). This keeps the time since start-up without wrapping,
// as seconds + microseconds for text mode and as a wrap count for the hello frame.
typedef struct {
  uint32_t last;   // last micros() value seen
  uint32_t wraps;  // times micros() has wrapped: device time in us = wraps * 2^32 + micros()
  uint32_t sec;    // whole seconds since start-up
  uint32_t usec;   // microseconds within the second, 0..999999
} RtClock;

// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.
// Check value: the CRC of the nine ASCII bytes "123456789" is 0x29B1.
static uint16_t rtCrc16(const uint8_t *data, uint16_t len) {
  uint16_t crc = 0xFFFF;
  for (uint16_t i = 0; i < len; i++) {
    crc = (uint16_t)(crc ^ (uint16_t)((uint16_t)data[i] << 8));
    for (uint8_t bit = 0; bit < 8; bit++) {
      if (crc & 0x8000) {
        crc = (uint16_t)((uint16_t)(crc << 1) ^ 0x1021);
      } else {
        crc = (uint16_t)(crc << 1);
      }
    }
  }
  return crc;
}

// All multi-byte fields are little-endian.
static void rtPut16(uint8_t *p, uint16_t v) {
  p[0] = (uint8_t)(v & 0xFF);
  p[1] = (uint8_t)(v >> 8);
}

static void rtPut32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)(v & 0xFF);
  p[1] = (uint8_t)((v >> 8) & 0xFF);
  p[2] = (uint8_t)((v >> 16) & 0xFF);
  p[3] = (uint8_t)(v >> 24);
}

// Sample frame: A5 5A type seq(2) t_us(4) ax ay az [gx gy gz] (2 each) crc(2). counts[] holds
// ax, ay, az, gx, gy, gz. Returns the frame length (17 or 23). f must hold RT_SAMPLE_AG_LEN bytes.
static uint8_t rtPackSample(uint8_t *f, uint16_t seq, uint32_t tUs, const int16_t *counts, uint8_t hasGyro) {
  uint8_t n = hasGyro ? 6 : 3;
  f[0] = RT_SYNC0;
  f[1] = RT_SYNC1;
  f[2] = hasGyro ? RT_TYPE_SAMPLE_AG : RT_TYPE_SAMPLE_A;
  rtPut16(f + 3, seq);
  rtPut32(f + 5, tUs);
  for (uint8_t i = 0; i < n; i++) {
    rtPut16(f + 9 + 2 * i, (uint16_t)counts[i]);
  }
  uint8_t crcAt = (uint8_t)(9 + 2 * n);
  rtPut16(f + crcAt, rtCrc16(f + 2, (uint16_t)(crcAt - 2)));
  return (uint8_t)(crcAt + 2);
}

// Hello frame, 48 bytes; the byte table is in PROTOCOL.md. f must hold RT_HELLO_LEN bytes.
static uint8_t rtPackHello(uint8_t *f, const RtDeviceInfo *d, uint32_t tUs, uint32_t wraps) {
  f[0] = RT_SYNC0;
  f[1] = RT_SYNC1;
  f[2] = RT_TYPE_HELLO;
  f[3] = 'R';
  f[4] = 'E';
  f[5] = 'P';
  f[6] = 'T';
  f[7] = RT_PROTOCOL_VERSION;
  f[8] = d->hasGyro ? 0x01 : 0x00;  // flags: bit 0 = has gyroscope; bits 1..7 reserved, 0
  rtPut16(f + 9, d->rateHz);
  f[11] = d->accelRangeG;
  rtPut16(f + 12, d->gyroRangeDps);
  rtPut32(f + 14, d->accelNanoGPerCount);
  rtPut32(f + 18, d->gyroNanoDpsPerCount);
  rtPut32(f + 22, tUs);
  rtPut32(f + 26, wraps);
  uint8_t i = 0;
  for (; i < RT_CHIP_LEN && d->chip[i] != '\0'; i++) {
    f[30 + i] = (uint8_t)d->chip[i];
  }
  for (; i < RT_CHIP_LEN; i++) {
    f[30 + i] = 0;  // NUL padding
  }
  rtPut16(f + 46, rtCrc16(f + 2, 44));
  return RT_HELLO_LEN;
}

// Decimal digits of v, at least minDigits of them (zero-padded). Repeated subtraction instead of
// division: an 8-bit AVR has no divide instruction and 32-bit division there costs ~40 us a digit.
static char *rtPutUnsigned(char *p, uint32_t v, uint8_t minDigits) {
  static const uint32_t POW10[10] = {1000000000UL, 100000000UL, 10000000UL, 1000000UL, 100000UL,
                                     10000UL, 1000UL, 100UL, 10UL, 1UL};
  uint8_t started = 0;
  if (minDigits < 1) {
    minDigits = 1;
  }
  for (uint8_t i = 0; i < 10; i++) {
    char d = '0';
    while (v >= POW10[i]) {
      v -= POW10[i];
      d++;
    }
    if (d != '0' || started || (uint8_t)(10 - i) <= minDigits) {
      *p++ = d;
      started = 1;
    }
  }
  return p;
}

// v / 10^decimals as a decimal number with exactly that many decimals, e.g. (-98066, 4) -> "-9.8066".
static char *rtPutFixed(char *p, int32_t v, uint8_t decimals) {
  char digits[11];
  uint32_t u;
  if (v < 0) {
    *p++ = '-';
    u = (uint32_t)0 - (uint32_t)v;
  } else {
    u = (uint32_t)v;
  }
  uint8_t n = (uint8_t)(rtPutUnsigned(digits, u, (uint8_t)(decimals + 1)) - digits);
  for (uint8_t i = 0; i < n; i++) {
    if (i == n - decimals) {
      *p++ = '.';
    }
    *p++ = digits[i];
  }
  return p;
}

// count * unitsPerCount rounded to the nearest integer (half away from zero).
static int32_t rtScaleRound(int16_t count, float unitsPerCount) {
  float x = (float)count * unitsPerCount;
  return (int32_t)(x >= 0.0f ? x + 0.5f : x - 0.5f);
}

// One text row "t,ax,ay,az[,gx,gy,gz]\r\n". t = sec.usec with 6 decimals; v[0..2] are accelerations in
// units of 1e-4 m/s^2 (printed with 4 decimals), v[3..5] angular rates in units of 1e-5 rad/s (5 decimals).
// Returns the length; out must hold RT_MAX_ROW bytes. No terminating NUL.
static uint8_t rtFormatRow(char *out, uint32_t sec, uint32_t usec, const int32_t *v, uint8_t hasGyro) {
  char *p = rtPutUnsigned(out, sec, 1);
  *p++ = '.';
  p = rtPutUnsigned(p, usec, 6);
  uint8_t n = hasGyro ? 6 : 3;
  for (uint8_t i = 0; i < n; i++) {
    *p++ = ',';
    p = rtPutFixed(p, v[i], (uint8_t)(i < 3 ? 4 : 5));
  }
  *p++ = '\r';
  *p++ = '\n';
  return (uint8_t)(p - out);
}

static void rtClockStart(RtClock *c, uint32_t now) {
  c->last = now;
  c->wraps = 0;
  c->sec = now / RT_US_PER_S;
  c->usec = now % RT_US_PER_S;
}

// Call with every new micros() value, at least once per 71 minutes (the sketches call it every loop).
static void rtClockUpdate(RtClock *c, uint32_t now) {
  uint32_t delta = now - c->last;  // unsigned subtraction: right across a wrap
  if (now < c->last) {
    c->wraps++;
  }
  c->last = now;
  c->usec += delta;
  while (c->usec >= RT_US_PER_S) {
    c->usec -= RT_US_PER_S;
    c->sec++;
  }
}

static void rtScheduleStart(RtSchedule *s, uint32_t rateHz, uint32_t now) {
  s->rateHz = rateHz;
  s->periodUs = RT_US_PER_S / rateHz;
  s->remainder = RT_US_PER_S % rateHz;
  s->acc = 0;
  s->due = now;
}

static void rtScheduleAdvance(RtSchedule *s) {
  s->due += s->periodUs;
  s->acc += s->remainder;
  if (s->acc >= s->rateHz) {
    s->acc -= s->rateHz;
    s->due += 1;
  }
}

// 1 when the sample slot s->due has come (signed difference: right across a micros() wrap).
static uint8_t rtScheduleDue(const RtSchedule *s, uint32_t now) {
  return (int32_t)(now - s->due) >= 0 ? 1 : 0;
}

// When the loop fell behind by a period or more (a blocked serial port, a slow I2C retry), the slots
// already missed are given up: at most the newest slot stays due. Returns how many were given up.
static uint16_t rtScheduleCatchUp(RtSchedule *s, uint32_t now) {
  uint16_t skipped = 0;
  while ((int32_t)(now - s->due) >= (int32_t)s->periodUs) {
    if (skipped == 0xFFFF) {
      s->due = now;  // hopelessly late: restart the schedule here
      break;
    }
    rtScheduleAdvance(s);
    skipped++;
  }
  return skipped;
}
// ============================= END REPTEMPO PORTABLE =============================

// -------------------------------------- board setup --------------------------------------

// ESP32 only: I2C pins. -1 keeps the board's defaults (classic ESP32: SDA = GPIO 21, SCL = GPIO 22;
// ESP32-S3/C3 boards differ, check the pinout).
#ifndef I2C_SDA_PIN
#define I2C_SDA_PIN -1
#endif
#ifndef I2C_SCL_PIN
#define I2C_SCL_PIN -1
#endif

// AVR (Uno, Nano, Mega) only: Wire.begin() switches on the chip's internal pull-ups, which pull SDA and
// SCL to 5 V. A 3.3 V sensor board has its own pull-ups to 3.3 V; with this set to 1 the sketch switches
// the 5 V ones off again so the bus never goes above 3.3 V. The AVR still reads 3.3 V as HIGH (its
// threshold is 0.6 x 5 V = 3.0 V), though with little margin: a level shifter is the clean solution.
#ifndef DISABLE_AVR_PULLUPS
#define DISABLE_AVR_PULLUPS 1
#endif

// ------------------------------------------ state ------------------------------------------
static RtDeviceInfo dev;
static RtSchedule sched;
static RtClock clk;
static char chipName[RT_CHIP_LEN + 1] = "none";
static uint8_t imuAddr = 0;
static uint8_t binaryMode = START_MODE_BINARY;
static uint8_t sensorFound = 0;       // the chip has answered at least once since start-up
static uint8_t sensorOk = 0;          // the chip is answering now
static uint8_t readFailures = 0;      // consecutive failed reads
static uint16_t seq = 0;              // sample slot counter, wraps at 65536; skipped slots count too
static uint32_t lastHelloUs = 0;
static uint32_t lastRetryUs = 0;
static uint32_t skippedInWindow = 0;  // slots given up since windowStartUs (output or sensor too slow)
static uint32_t windowStartUs = 0;
static float accelUnitsPerCount = 0;  // text mode: 1e-4 m/s^2 per count
static float gyroUnitsPerCount = 0;   // text mode: 1e-5 rad/s per count

// ------------------------------------------- I2C -------------------------------------------
static void i2cBegin() {
#if defined(ARDUINO_ARCH_ESP32) && (I2C_SDA_PIN >= 0) && (I2C_SCL_PIN >= 0)
  Wire.begin(I2C_SDA_PIN, I2C_SCL_PIN);
#else
  Wire.begin();
#endif
#if defined(ARDUINO_ARCH_AVR) && DISABLE_AVR_PULLUPS
  digitalWrite(SDA, LOW);  // on an AVR, writing LOW to an input pin turns its pull-up off
  digitalWrite(SCL, LOW);
#endif
  Wire.setClock(I2C_CLOCK_HZ);
#if defined(WIRE_HAS_TIMEOUT)
  // AVR cores since 1.8.13: give up on a stuck bus (loose wire) after 5 ms instead of hanging forever.
  Wire.setWireTimeout(5000, true);
#endif
}

// Writes one register. Returns 1 on success (the chip acknowledged).
static uint8_t i2cWrite(uint8_t addr, uint8_t reg, uint8_t value) {
  Wire.beginTransmission(addr);
  Wire.write(reg);
  Wire.write(value);
  return Wire.endTransmission() == 0 ? 1 : 0;
}

// Reads n consecutive registers starting at reg (repeated start, no stop in between). Returns 1 on success.
static uint8_t i2cRead(uint8_t addr, uint8_t reg, uint8_t *buf, uint8_t n) {
  Wire.beginTransmission(addr);
  Wire.write(reg);
  if (Wire.endTransmission(false) != 0) {
    return 0;
  }
  if ((uint8_t)Wire.requestFrom(addr, n) != n) {
    return 0;
  }
  for (uint8_t i = 0; i < n; i++) {
    buf[i] = (uint8_t)Wire.read();
  }
  return 1;
}

// ------------------------------------------ output ------------------------------------------
static void sendUnsigned(uint32_t v) {
  char b[11];
  char *end = rtPutUnsigned(b, v, 1);
  Serial.write((const uint8_t *)b, (size_t)(end - b));
}

static void sendHex8(uint8_t v) {
  static const char HEX_DIGITS[] = "0123456789ABCDEF";
  char b[4];
  b[0] = '0';
  b[1] = 'x';
  b[2] = HEX_DIGITS[v >> 4];
  b[3] = HEX_DIGITS[v & 0x0F];
  Serial.write((const uint8_t *)b, 4);
}

static void copyChipName(const char *name) {
  uint8_t i = 0;
  for (; i < RT_CHIP_LEN && name[i] != '\0'; i++) {
    chipName[i] = name[i];
  }
  chipName[i] = '\0';
}

// ------------------------------------------ MPU-6050 ------------------------------------------
#define FIRMWARE_NAME "reptempo_mpu6050-1"

// MPU-6500/9250/9255: another WHO_AM_I, nearly the same registers (plus ACCEL_CONFIG2).
static uint8_t mpu6500Family = 0;

// Looks for the chip at 0x68 (AD0 low) and 0x69 (AD0 high). Returns 1 when found.
static uint8_t sensorFind() {
  static const uint8_t ADDRS[2] = {0x68, 0x69};
  for (uint8_t k = 0; k < 2; k++) {
    uint8_t who = 0;
    if (!i2cRead(ADDRS[k], MPU_WHO_AM_I, &who, 1)) {
      continue;  // nobody acknowledged at this address
    }
    imuAddr = ADDRS[k];
    mpu6500Family = 0;
    if (who == 0x68) {
      copyChipName("MPU-6050");
    } else if (who == 0x70 || who == 0x71 || who == 0x73) {
      copyChipName(who == 0x70 ? "MPU-6500" : (who == 0x71 ? "MPU-9250" : "MPU-9255"));
      mpu6500Family = 1;
    } else {
      // Some GY-521 boards carry clones that answer otherwise; try it as an MPU-6050.
      copyChipName("MPU-6050?");
      Serial.print(F("# warning: the chip at I2C "));
      sendHex8(imuAddr);
      Serial.print(F(" answered WHO_AM_I "));
      sendHex8(who);
      Serial.print(F(", not 0x68; treating it as an MPU-6050\r\n"));
    }
    return 1;
  }
  return 0;
}

// Reset, wake, settings; reads them back to be sure they took. Returns 1 on success.
static uint8_t sensorConfigure() {
  if (!i2cWrite(imuAddr, MPU_PWR_MGMT_1, MPU_PWR_RESET)) {
    return 0;
  }
  delay(100);  // the reset takes up to ~100 ms
  const uint8_t config = MPU_DLPF_CFG;
  const uint8_t gyroConfig = (uint8_t)(MPU_FS_SEL << 3);
  const uint8_t accelConfig = (uint8_t)(MPU_AFS_SEL << 3);
  if (!i2cWrite(imuAddr, MPU_PWR_MGMT_1, MPU_PWR_WAKE_PLL_X)) {
    return 0;
  }
  delay(10);
  if (!i2cWrite(imuAddr, MPU_SMPLRT_DIV, 0) ||  // 1 kHz / (1 + 0) = 1 kHz internal rate
      !i2cWrite(imuAddr, MPU_CONFIG, config) || !i2cWrite(imuAddr, MPU_GYRO_CONFIG, gyroConfig) ||
      !i2cWrite(imuAddr, MPU_ACCEL_CONFIG, accelConfig)) {
    return 0;
  }
  if (mpu6500Family && !i2cWrite(imuAddr, MPU_ACCEL_CONFIG2, config)) {  // same bandwidth index there
    return 0;
  }
  uint8_t back[4];
  if (!i2cRead(imuAddr, MPU_SMPLRT_DIV, back, 4)) {
    return 0;
  }
  if (back[0] != 0 || (back[1] & 0x3F) != config || (back[2] & 0x18) != gyroConfig ||
      (back[3] & 0x18) != accelConfig) {
    return 0;
  }
  delay(50);  // let the gyroscope PLL and the filters settle
  return 1;
}

static uint8_t sensorStart() {
  if (!sensorFind()) {
    Serial.print(F("# error: no MPU-6050 answered at I2C 0x68 or 0x69;"));
    Serial.print(F(" check SDA, SCL, VCC and GND\r\n"));
    return 0;
  }
  if (!sensorConfigure()) {
    Serial.print(F("# error: "));
    Serial.print(chipName);
    Serial.print(F(" at I2C "));
    sendHex8(imuAddr);
    Serial.print(F(" did not take its settings\r\n"));
    return 0;
  }
  return 1;
}

static int16_t be16(const uint8_t *p) {
  return (int16_t)(uint16_t)((uint16_t)((uint16_t)p[0] << 8) | (uint16_t)p[1]);
}

// One 14-byte burst read from ACCEL_XOUT_H: AX AY AZ TEMP GX GY GZ, high byte first (unlike the ST
// chips). The MPU-6050 keeps the 14 bytes of one sample together during a burst read.
// counts[] gets ax, ay, az, gx, gy, gz. Returns 1 on success.
// At 1000 Hz the sketch reads as often as the chip updates; the two clocks differ by up to a few %,
// so now and then a value is read twice or one is missed. The 94/184 Hz filter makes neighbouring
// values nearly equal, so this costs nothing for tempo; the timestamps stay true.
static uint8_t sensorRead(int16_t *counts) {
  uint8_t b[14];
  if (!i2cRead(imuAddr, MPU_ACCEL_XOUT_H, b, 14)) {
    return 0;
  }
  for (uint8_t i = 0; i < 3; i++) {
    counts[i] = be16(b + 2 * i);          // accelerometer: bytes 0..5
    counts[i + 3] = be16(b + 8 + 2 * i);  // gyroscope: bytes 8..13 (6, 7 are the temperature)
  }
  return 1;
}

// Extra words for the "# device=..." info line.
static void sensorInfoExtra() {
  Serial.print(F(" dlpf_hz="));
  sendUnsigned(MPU_DLPF_HZ);
}

// --------------------------------------- the stream ---------------------------------------
static void setupDeviceInfo() {
  dev.rateHz = SAMPLE_RATE_HZ;
  dev.accelRangeG = ACCEL_RANGE_G;
  dev.gyroRangeDps = SEND_GYRO ? GYRO_RANGE_DPS : 0;
  dev.accelNanoGPerCount = ACCEL_NG_PER_COUNT;
  dev.gyroNanoDpsPerCount = SEND_GYRO ? GYRO_NDPS_PER_COUNT : 0;
  dev.hasGyro = SEND_GYRO ? 1 : 0;
  dev.chip = chipName;
  // 1e-9 g * 9.80665 m/s^2/g * 1e4 and 1e-9 deg/s * (pi/180) rad/deg * 1e5, per count.
  accelUnitsPerCount = (float)ACCEL_NG_PER_COUNT * 9.80665e-5f;
  gyroUnitsPerCount = (float)GYRO_NDPS_PER_COUNT * 1.7453293e-6f;
}

// A "# warning" line when the chosen rate cannot fit through a UART at SERIAL_BAUD (8N1: 10 bits a byte).
// Bytes per sample: text at most 74 with gyroscope, 44 without; binary 23 / 17 (PROTOCOL.md, "Bandwidth").
static void sendLinkWarningIfNeeded() {
  uint32_t perSample = binaryMode ? (SEND_GYRO ? RT_SAMPLE_AG_LEN : RT_SAMPLE_A_LEN) : (SEND_GYRO ? 74 : 44);
  uint32_t need = perSample * (uint32_t)SAMPLE_RATE_HZ + (binaryMode ? RT_HELLO_LEN : 0);
  uint32_t capacity = (uint32_t)SERIAL_BAUD / 10;
  if (need * 10 > capacity * 9) {
    Serial.print(F("# warning: this stream needs about "));
    sendUnsigned(need);
    Serial.print(F(" bytes/s but a serial link at "));
    sendUnsigned((uint32_t)SERIAL_BAUD);
    Serial.print(F(" baud carries "));
    sendUnsigned(capacity);
    Serial.print(F(" bytes/s; fine over native USB, otherwise use binary mode,"));
    Serial.print(F(" a lower rate or a faster SERIAL_BAUD\r\n"));
  }
}

static void sendInfoLines() {
  // Only key=value words, so the reptempo recording reader keeps them as metadata (rate_hz etc.).
  Serial.print(F("# device=reptempo-sensor protocol=1 firmware="));
  Serial.print(F(FIRMWARE_NAME));
  Serial.print(F(" chip="));
  Serial.print(chipName);
  Serial.print(F(" rate_hz="));
  sendUnsigned((uint32_t)SAMPLE_RATE_HZ);
  Serial.print(F(" accel_range_g="));
  sendUnsigned((uint32_t)ACCEL_RANGE_G);
  Serial.print(F(" gyro_range_dps="));
  sendUnsigned(SEND_GYRO ? (uint32_t)GYRO_RANGE_DPS : 0);
  Serial.print(F(" i2c_addr="));
  sendHex8(imuAddr);
  sensorInfoExtra();
  Serial.print(F("\r\n# reptempo-sensor: send t for text, b for binary, i to repeat this header\r\n"));
}

static void sendHello(uint32_t now) {
  uint8_t f[RT_HELLO_LEN];
  rtPackHello(f, &dev, now, clk.wraps);
  Serial.write(f, RT_HELLO_LEN);
  lastHelloUs = now;
}

// What a host needs before the samples: info lines + header (text) or a hello frame (binary).
static void sendPreamble() {
  if (!sensorFound) {
    return;  // nothing to announce yet; the "# error" lines say why
  }
  uint32_t now = (uint32_t)micros();
  rtClockUpdate(&clk, now);
  if (binaryMode) {
    sendLinkWarningIfNeeded();
    sendHello(now);
  } else {
    sendInfoLines();
    sendLinkWarningIfNeeded();
    Serial.print(SEND_GYRO ? F("t,ax,ay,az,gx,gy,gz\r\n") : F("t,ax,ay,az\r\n"));
  }
}

// counts: ax, ay, az, gx, gy, gz in raw sensor counts; tUs: (uint32_t)micros() when the read started.
static void sendSample(uint32_t tUs, const int16_t *counts) {
  if (binaryMode) {
    uint8_t f[RT_SAMPLE_AG_LEN];
    uint8_t n = rtPackSample(f, seq, tUs, counts, SEND_GYRO ? 1 : 0);
    Serial.write(f, n);
  } else {
    int32_t v[6];
    for (uint8_t i = 0; i < 3; i++) {
      v[i] = rtScaleRound(counts[i], accelUnitsPerCount);
      v[i + 3] = rtScaleRound(counts[i + 3], gyroUnitsPerCount);
    }
    char line[RT_MAX_ROW];
    uint8_t n = rtFormatRow(line, clk.sec, clk.usec, v, SEND_GYRO ? 1 : 0);
    Serial.write((const uint8_t *)line, n);
  }
}

static void handleCommands() {
  while (Serial.available() > 0) {
    int c = Serial.read();
    if (c == 't' || c == 'T') {
      binaryMode = 0;
      sendPreamble();
    } else if (c == 'b' || c == 'B') {
      binaryMode = 1;
      sendPreamble();
    } else if (c == 'i' || c == 'I' || c == '?') {
      sendPreamble();
    }
    // Anything else (CR, LF from a serial monitor, noise) is ignored.
  }
}

void setup() {
  Serial.begin(SERIAL_BAUD);
  i2cBegin();
  delay(50);  // sensor boot time after power-up (LSM6DSO ~10 ms, MPU-6050 ~30 ms)
  setupDeviceInfo();
  rtClockStart(&clk, (uint32_t)micros());
  if (sensorStart()) {
    sensorOk = 1;
    sensorFound = 1;
  }
  lastRetryUs = (uint32_t)micros();
  sendPreamble();
  uint32_t now = (uint32_t)micros();
  rtClockUpdate(&clk, now);
  rtScheduleStart(&sched, SAMPLE_RATE_HZ, now);
  windowStartUs = now;
}

void loop() {
  uint32_t now = (uint32_t)micros();
  rtClockUpdate(&clk, now);
  handleCommands();

  // No sensor (never found, or it stopped answering): try again once a second.
  if (!sensorOk && (uint32_t)(now - lastRetryUs) >= RT_US_PER_S) {
    lastRetryUs = now;
    if (sensorStart()) {
      sensorOk = 1;
      readFailures = 0;
      if (!sensorFound) {
        sensorFound = 1;
        sendPreamble();
      } else {
        Serial.print(F("# the sensor is answering again\r\n"));
      }
    }
  }

  now = (uint32_t)micros();
  rtClockUpdate(&clk, now);
  if (!rtScheduleDue(&sched, now)) {
    return;
  }
  // Slots already missed are given up; their sequence numbers are skipped so the host sees the gap.
  uint16_t skipped = rtScheduleCatchUp(&sched, now);
  seq = (uint16_t)(seq + skipped);
  if (sensorOk) {
    skippedInWindow += skipped;
    int16_t counts[6] = {0, 0, 0, 0, 0, 0};
    uint32_t t = (uint32_t)micros();  // the sample's time stamp: when the read starts
    if (sensorRead(counts)) {
      readFailures = 0;
      rtClockUpdate(&clk, t);
      sendSample(t, counts);
    } else if (++readFailures >= 3) {
      sensorOk = 0;
      lastRetryUs = (uint32_t)micros();
      Serial.print(F("# error: the sensor stopped answering on I2C; check its wires;"));
      Serial.print(F(" retrying every second\r\n"));
    }
  }
  seq++;
  rtScheduleAdvance(&sched);

  now = (uint32_t)micros();
  rtClockUpdate(&clk, now);
  if (binaryMode && sensorFound && (uint32_t)(now - lastHelloUs) >= HELLO_INTERVAL_US) {
    sendHello(now);
  }
  if ((uint32_t)(now - windowStartUs) >= 5 * RT_US_PER_S) {
    if (skippedInWindow > 0 && !binaryMode) {
      // Binary mode needs no such line: the host sees the gaps in the sequence numbers.
      Serial.print(F("# warning: "));
      sendUnsigned(skippedInWindow);
      Serial.print(F(" samples skipped in the last 5 s;"));
      Serial.print(F(" the serial link or the sensor is too slow for this rate\r\n"));
    }
    skippedInWindow = 0;
    windowStartUs = now;
  }
}
