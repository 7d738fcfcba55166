import { useMemo, useState } from 'react'
import {
  estimate,
  formatBandwidth,
  formatBytes,
  formatRate,
  type EstimateField,
  type EstimateInput,
} from '../domain/estimation/estimate'
import { latencyNumbers, powersOfTwo } from '../domain/estimation/reference-tables'
import './estimator-panel.css'

const units = { B: 1, KB: 1e3, MB: 1e6 } as const
type Unit = keyof typeof units

const fields: { key: Exclude<EstimateField, 'objectSizeBytes'>; label: string }[] = [
  { key: 'dailyActiveUsers', label: 'Daily active users' },
  { key: 'requestsPerUserPerDay', label: 'Requests per user per day' },
  { key: 'readWriteRatio', label: 'Reads per write' },
  { key: 'retentionYears', label: 'Retention (years)' },
  { key: 'peakFactor', label: 'Peak ÷ average traffic' },
]

/** A back-of-the-envelope calculator: traffic, storage, bandwidth and cache from a few inputs. */
export function EstimatorPanel() {
  const [text, setText] = useState<Record<string, string>>({
    dailyActiveUsers: '10000000',
    requestsPerUserPerDay: '20',
    readWriteRatio: '10',
    retentionYears: '5',
    peakFactor: '3',
    objectSize: '1',
  })
  const [unit, setUnit] = useState<Unit>('KB')

  const result = useMemo(() => {
    const input: EstimateInput = {
      dailyActiveUsers: Number(text.dailyActiveUsers),
      requestsPerUserPerDay: Number(text.requestsPerUserPerDay),
      readWriteRatio: Number(text.readWriteRatio),
      retentionYears: Number(text.retentionYears),
      peakFactor: Number(text.peakFactor),
      objectSizeBytes: Number(text.objectSize) * units[unit],
    }
    return estimate(input)
  }, [text, unit])
  const errors = result.ok ? {} : result.errors

  const input = (key: string, label: string, error?: string) => (
    <div className="est-field" key={key}>
      <label htmlFor={`est-${key}`}>{label}</label>
      <input
        id={`est-${key}`}
        inputMode="decimal"
        value={text[key] ?? ''}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText((t) => ({ ...t, [key]: e.target.value }))}
      />
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  )

  return (
    <div className="estimator">
      <div className="est-inputs">
        {fields.map((f) => input(f.key, f.label, errors[f.key]))}
        <div className="est-field">
          <label htmlFor="est-objectSize">Size of one written object</label>
          <span className="est-size">
            <input
              id="est-objectSize"
              inputMode="decimal"
              value={text.objectSize ?? ''}
              aria-invalid={errors.objectSizeBytes ? true : undefined}
              onChange={(e) => setText((t) => ({ ...t, objectSize: e.target.value }))}
            />
            <select
              aria-label="Object size unit"
              value={unit}
              onChange={(e) => setUnit(e.target.value as Unit)}
            >
              {Object.keys(units).map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          </span>
          {errors.objectSizeBytes ? <span className="field-error">{errors.objectSizeBytes}</span> : null}
        </div>
      </div>
      {result.ok ? (
        <table className="est-results" aria-label="Estimate">
          <tbody>
            <tr>
              <th scope="row">Average QPS</th>
              <td>
                {formatRate(result.estimate.averageQps.total, 'QPS')}
                <span className="muted">
                  {' '}
                  ({formatRate(result.estimate.averageQps.reads, 'reads')},{' '}
                  {formatRate(result.estimate.averageQps.writes, 'writes')})
                </span>
              </td>
            </tr>
            <tr>
              <th scope="row">Peak QPS</th>
              <td>
                {formatRate(result.estimate.peakQps.total, 'QPS')}
                <span className="muted"> ({formatRate(result.estimate.peakQps.writes, 'writes')})</span>
              </td>
            </tr>
            <tr>
              <th scope="row">Storage per year</th>
              <td>{formatBytes(result.estimate.storagePerYearBytes)}</td>
            </tr>
            <tr>
              <th scope="row">Storage for {text.retentionYears} years</th>
              <td>{formatBytes(result.estimate.storageForRetentionBytes)}</td>
            </tr>
            <tr>
              <th scope="row">Write bandwidth</th>
              <td>{formatBandwidth(result.estimate.writeBandwidthBytesPerSecond.average)}</td>
            </tr>
            <tr>
              <th scope="row">Read bandwidth (peak)</th>
              <td>{formatBandwidth(result.estimate.readBandwidthBytesPerSecond.peak)}</td>
            </tr>
            <tr>
              <th scope="row">Cache for the hot 20%</th>
              <td>{formatBytes(result.estimate.cacheBytes)}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
      <details>
        <summary>Powers of two</summary>
        <table className="est-table">
          <thead>
            <tr>
              <th scope="col">Power</th>
              <th scope="col">About</th>
              <th scope="col">Unit</th>
            </tr>
          </thead>
          <tbody>
            {powersOfTwo.map((p) => (
              <tr key={p.power}>
                <td>2^{p.power}</td>
                <td>1 {p.name}</td>
                <td>{p.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details>
        <summary>Latency numbers</summary>
        <table className="est-table">
          <tbody>
            {latencyNumbers.map((l) => (
              <tr key={l.id}>
                <td>{l.operation}</td>
                <td className="est-magnitude">{l.magnitude}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  )
}
