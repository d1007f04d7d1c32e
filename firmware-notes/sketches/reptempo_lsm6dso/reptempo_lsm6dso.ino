/*
  reptempo_lsm6dso.ino - reptempo sensor firmware for the ST LSM6DSO / LSM6DSOX / LSM6DS3 / LSM6DS3TR-C
  (6-axis IMU: accelerometer + gyroscope) over I2C. Streams samples over USB serial in the reptempo
  wire protocol (firmware-notes/PROTOCOL.md): readable text lines or compact binary frames.

  Boards this was written for (the IMU is already on the board, nothing to wire):
    - Arduino Nano 33 IoT        : LSM6DS3 on the I2C bus (A4/A5) at 0x6A
    - Arduino Nano RP2040 Connect: LSM6DSOX on the I2C bus (A4/A5) at 0x6A
  Any other Arduino-compatible board with an LSM6DSO/LSM6DS3 breakout works too:
    breakout VIN/VCC -> 3.3 V  (3.3 V! the chip's absolute maximum is 4.8 V; many breakouts have a
                                regulator and accept 5 V on VIN, but check yours)
    breakout GND     -> GND
    breakout SDA     -> the board's SDA (Uno/Nano: A4, ESP32: GPIO 21, Nano 33 IoT / RP2040 Connect: A4)
    breakout SCL     -> the board's SCL (Uno/Nano: A5, ESP32: GPIO 22, Nano 33 IoT / RP2040 Connect: A5)
    breakout SDO/SA0 -> GND for address 0x6A, 3.3 V for 0x6B (the sketch tries both)
    breakout CS      -> 3.3 V (selects I2C instead of SPI; most breakouts pull it up already)
  A 5 V board (Uno, classic Nano) needs a breakout with a level shifter on SDA/SCL, or a separate one.
  Keep the I2C wires short (under 20 cm): put the board and the sensor in one case and run only the USB
  cable to the computer.

  Serial commands (send a single character; anything else, including CR/LF, is ignored):
    t  switch to text mode (prints the info lines and the header again)
    b  switch to binary mode (sends a hello frame)
    i  repeat the info lines + header (text) or the hello frame (binary)

  Standard Arduino API only (Wire.h, Serial, micros); no external libraries.
*/

#include <Wire.h>

// ------------------------------------ configuration ------------------------------------
// Each setting may also be given on the compiler command line (-DSAMPLE_RATE_HZ=1000 ...).

// Samples per second, 10..1000. 400 Hz resolves tempo and velocity with a wide margin; raise it only
// when you need the detail (see PROTOCOL.md for the serial bandwidth each rate needs).
#ifndef SAMPLE_RATE_HZ
#define SAMPLE_RATE_HZ 400
#endif

// 0: start in text mode (readable in any serial monitor), 1: start in binary mode.
// The Nano 33 IoT and the Nano RP2040 Connect talk native USB: the baud rate below is ignored there
// and text mode at 400 Hz with gyroscope (at most 29600 bytes/s) fits easily. On a board with a
// USB-serial chip the baud rate is the real limit: see the table in PROTOCOL.md.
#ifndef START_MODE_BINARY
#define START_MODE_BINARY 0
#endif

#ifndef SERIAL_BAUD
#define SERIAL_BAUD 115200
#endif

// 1: send the gyroscope too (t,ax,ay,az,gx,gy,gz); 0: accelerometer only, gyroscope powered down.
#ifndef SEND_GYRO
#define SEND_GYRO 1
#endif

// Accelerometer full scale, +-g: 2, 4, 8 or 16. 8 g leaves room for a dropped or bounced bar while a
// count is still 0.0024 m/s^2 (lifting itself stays well under 3 g).
#ifndef ACCEL_RANGE_G
#define ACCEL_RANGE_G 8
#endif

// Gyroscope full scale, +-deg/s: 125, 250, 500, 1000 or 2000. A fast limb swing (reverse hyper, curl)
// peaks at a few hundred deg/s; 1000 deg/s never clips and a count is still 0.035 deg/s.
#ifndef GYRO_RANGE_DPS
#define GYRO_RANGE_DPS 1000
#endif

// Set to 1 for an LSM6DSO32: it answers WHO_AM_I exactly like the LSM6DSO (0x6C) but its accelerometer
// ranges are 4/8/16/32 g, so the same register bits mean twice the range. ACCEL_RANGE_G is then 4..32.
#ifndef LSM6DSO32_PART
#define LSM6DSO32_PART 0
#endif

// 400 kHz "fast mode" I2C: a 12-byte burst read takes about 0.35 ms, so 1000 Hz leaves time to spare.
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
// Same addresses on the LSM6DSO(X), LSM6DS3, LSM6DS3TR-C and LSM6DSL.
#define LSM_WHO_AM_I 0x0F  // 0x6C LSM6DSO/DSOX(/DSO32), 0x69 LSM6DS3, 0x6A LSM6DS3TR-C/LSM6DSL
#define LSM_CTRL1_XL 0x10  // accelerometer: ODR_XL[7:4] FS_XL[3:2] (LPF2/bandwidth bits [1:0] left 0)
#define LSM_CTRL2_G  0x11  // gyroscope:     ODR_G[7:4]  FS_G[3:2] FS_125[1] (bit 0 must be 0)
#define LSM_CTRL3_C  0x12  // BOOT[7] BDU[6] ... IF_INC[2] ... SW_RESET[0]
#define LSM_OUTX_L_G 0x22  // 0x22..0x27 gyroscope X,Y,Z; 0x28..0x2D accelerometer X,Y,Z; each L then H
#define LSM_OUTX_L_XL 0x28

// CTRL3_C: BDU (bit 6) = block data update: the output registers of a sample are not overwritten until
// both its bytes have been read, so a low byte and a high byte can never come from different samples.
// IF_INC (bit 2) = auto-increment the register address, so one burst read gets all 12 bytes.
#define LSM_CTRL3_SW_RESET 0x01
#define LSM_CTRL3_BDU_IF_INC 0x44

// FS_XL bits [3:2] of CTRL1_XL. The order is not monotonic: 00 = 2 g, 01 = 16 g, 10 = 4 g, 11 = 8 g
// (LSM6DSO32: 00 = 4 g, 01 = 32 g, 10 = 8 g, 11 = 16 g).
#if LSM6DSO32_PART
#if ACCEL_RANGE_G == 4
#define LSM_FS_XL_BITS 0x00
#elif ACCEL_RANGE_G == 8
#define LSM_FS_XL_BITS 0x08
#elif ACCEL_RANGE_G == 16
#define LSM_FS_XL_BITS 0x0C
#elif ACCEL_RANGE_G == 32
#define LSM_FS_XL_BITS 0x04
#else
#error "ACCEL_RANGE_G must be 4, 8, 16 or 32 for the LSM6DSO32"
#endif
#else
#if ACCEL_RANGE_G == 2
#define LSM_FS_XL_BITS 0x00
#elif ACCEL_RANGE_G == 4
#define LSM_FS_XL_BITS 0x08
#elif ACCEL_RANGE_G == 8
#define LSM_FS_XL_BITS 0x0C
#elif ACCEL_RANGE_G == 16
#define LSM_FS_XL_BITS 0x04
#else
#error "ACCEL_RANGE_G must be 2, 4, 8 or 16"
#endif
#endif

// FS_G bits [3:1] of CTRL2_G and the datasheet sensitivity in 1e-9 deg/s per count. Note: these gyros
// are NOT range/32768 per count. At 1000 deg/s a count is 35 mdps (so the counts span about +-1147
// deg/s); taking 1000/32768 = 30.5 mdps instead would under-read every rate by 13 %.
#if GYRO_RANGE_DPS == 125
#define LSM_FS_G_BITS 0x02
#define GYRO_NDPS_PER_COUNT 4375000UL
#elif GYRO_RANGE_DPS == 250
#define LSM_FS_G_BITS 0x00
#define GYRO_NDPS_PER_COUNT 8750000UL
#elif GYRO_RANGE_DPS == 500
#define LSM_FS_G_BITS 0x04
#define GYRO_NDPS_PER_COUNT 17500000UL
#elif GYRO_RANGE_DPS == 1000
#define LSM_FS_G_BITS 0x08
#define GYRO_NDPS_PER_COUNT 35000000UL
#elif GYRO_RANGE_DPS == 2000
#define LSM_FS_G_BITS 0x0C
#define GYRO_NDPS_PER_COUNT 70000000UL
#else
#error "GYRO_RANGE_DPS must be 125, 250, 500, 1000 or 2000"
#endif

// Accelerometer: range/32768 g per count (the datasheet's 0.061/0.122/0.244/0.488 mg are these, rounded).
#define ACCEL_NG_PER_COUNT ((uint32_t)((ACCEL_RANGE_G * 1000000000ULL + 16384ULL) / 32768ULL))

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

// ------------------------------------ LSM6DSO / LSM6DS3 ------------------------------------
#define FIRMWARE_NAME "reptempo_lsm6dso-1"

static uint8_t odrCode = 0;  // ODR bits [7:4] for CTRL1_XL and CTRL2_G
static uint16_t odrHz = 0;

// Output data rate: the lowest ODR at or above the sample rate. The chip then produces a fresh value
// between any two of our reads (a reading is at most one ODR period, 2.4 ms at 416 Hz, old), and its
// filters, which scale with the ODR (the accelerometer's bandwidth is about ODR/2 by default), keep
// the signal band close to our Nyquist frequency (rate/2). Codes: 1 = 12.5 Hz, 2 = 26, 3 = 52, 4 = 104,
// 5 = 208, 6 = 416, 7 = 833, 8 = 1666, 9 = 3332, 10 = 6664 Hz; the same code for accel and gyro.
// At 400 Hz: code 6 (0110), so CTRL1_XL = 0110 11 00 = 0x6C (8 g) and CTRL2_G = 0110 10 0 0 = 0x68
// (1000 deg/s). High-performance mode is the power-on default for both (CTRL6_C/CTRL7_G left alone).
static void chooseOdr() {
  static const uint16_t ODR_HZ[10] = {13, 26, 52, 104, 208, 416, 833, 1666, 3332, 6664};
  for (uint8_t i = 0; i < 10; i++) {
    if (ODR_HZ[i] >= SAMPLE_RATE_HZ) {
      odrCode = (uint8_t)(i + 1);
      odrHz = ODR_HZ[i];
      return;
    }
  }
  odrCode = 10;
  odrHz = 6664;
}

// Looks for the chip at 0x6A (SDO/SA0 low) and 0x6B (SDO/SA0 high). Returns 1 when found.
static uint8_t sensorFind() {
  static const uint8_t ADDRS[2] = {0x6A, 0x6B};
  for (uint8_t k = 0; k < 2; k++) {
    uint8_t who = 0;
    if (!i2cRead(ADDRS[k], LSM_WHO_AM_I, &who, 1)) {
      continue;  // nobody acknowledged at this address
    }
    const char *name = 0;
    if (who == 0x6C) {
      name = LSM6DSO32_PART ? "LSM6DSO32" : "LSM6DSO";  // also the LSM6DSOX
    } else if (who == 0x69) {
      name = "LSM6DS3";
    } else if (who == 0x6A) {
      name = "LSM6DS3TR-C";  // also the LSM6DSL and LSM6DSM: same registers for everything used here
    }
    if (name == 0) {
      Serial.print(F("# error: the device at I2C "));
      sendHex8(ADDRS[k]);
      Serial.print(F(" answered WHO_AM_I "));
      sendHex8(who);
      Serial.print(F(", not an LSM6DSO (0x6C) or LSM6DS3 (0x69, 0x6A)\r\n"));
      continue;
    }
    imuAddr = ADDRS[k];
    copyChipName(name);
    return 1;
  }
  return 0;
}

// Software reset, then the settings; reads them back to be sure they took. Returns 1 on success.
static uint8_t sensorConfigure() {
  if (!i2cWrite(imuAddr, LSM_CTRL3_C, LSM_CTRL3_SW_RESET)) {
    return 0;
  }
  delay(5);  // the reset takes ~50 us; SW_RESET clears itself when done
  uint8_t ctrl3 = LSM_CTRL3_SW_RESET;
  for (uint8_t i = 0; i < 10 && (ctrl3 & LSM_CTRL3_SW_RESET); i++) {
    if (!i2cRead(imuAddr, LSM_CTRL3_C, &ctrl3, 1)) {
      return 0;
    }
    if (ctrl3 & LSM_CTRL3_SW_RESET) {
      delay(5);
    }
  }
  if (ctrl3 & LSM_CTRL3_SW_RESET) {
    return 0;
  }
  uint8_t ctrl1 = (uint8_t)((odrCode << 4) | LSM_FS_XL_BITS);
  uint8_t ctrl2 = SEND_GYRO ? (uint8_t)((odrCode << 4) | LSM_FS_G_BITS) : (uint8_t)0;  // ODR 0 = powered down
  if (!i2cWrite(imuAddr, LSM_CTRL3_C, LSM_CTRL3_BDU_IF_INC) || !i2cWrite(imuAddr, LSM_CTRL1_XL, ctrl1) ||
      !i2cWrite(imuAddr, LSM_CTRL2_G, ctrl2)) {
    return 0;
  }
  uint8_t back[3];
  if (!i2cRead(imuAddr, LSM_CTRL1_XL, back, 3)) {
    return 0;
  }
  if (back[0] != ctrl1 || back[1] != ctrl2 || back[2] != LSM_CTRL3_BDU_IF_INC) {
    return 0;
  }
  delay(100);  // gyroscope turn-on time (~70 ms); the first readings after power-up settle meanwhile
  return 1;
}

static uint8_t sensorStart() {
  chooseOdr();
  if (!sensorFind()) {
    Serial.print(F("# error: no LSM6DSO/LSM6DS3 answered at I2C 0x6A or 0x6B;"));
    Serial.print(F(" check SDA, SCL, 3.3 V and GND\r\n"));
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

static int16_t le16(const uint8_t *p) {
  return (int16_t)(uint16_t)((uint16_t)p[0] | (uint16_t)((uint16_t)p[1] << 8));
}

// One burst read (12 bytes from OUTX_L_G: gyro X,Y,Z then accel X,Y,Z, low byte first).
// counts[] gets ax, ay, az, gx, gy, gz. Returns 1 on success.
static uint8_t sensorRead(int16_t *counts) {
  uint8_t b[12];
#if SEND_GYRO
  if (!i2cRead(imuAddr, LSM_OUTX_L_G, b, 12)) {
    return 0;
  }
  for (uint8_t i = 0; i < 3; i++) {
    counts[i + 3] = le16(b + 2 * i);
    counts[i] = le16(b + 6 + 2 * i);
  }
#else
  if (!i2cRead(imuAddr, LSM_OUTX_L_XL, b, 6)) {
    return 0;
  }
  for (uint8_t i = 0; i < 3; i++) {
    counts[i] = le16(b + 2 * i);
  }
#endif
  return 1;
}

// Extra words for the "# device=..." info line.
static void sensorInfoExtra() {
  Serial.print(F(" odr_hz="));
  sendUnsigned(odrHz);
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
