// Loyaldesk insight: charts of the dashboards and the conversation panel, and live anger alerts for leads.
// No inline scripts (the page's CSP forbids them): data comes from data attributes and a JSON endpoint.
(function () {
  "use strict";

  const CHART_JS = "/webjars/chart.js/dist/chart.umd.min.js";
  const COLOURS = ["#0f766e", "#b54708", "#3730a3", "#b42318", "#067647", "#5925dc", "#93370d", "#0e7090"];
  let chartLibrary;

  // Chart.js is only fetched on pages that have a chart
  function withCharts(then) {
    if (window.Chart) return then(window.Chart);
    if (!chartLibrary) {
      chartLibrary = new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = CHART_JS;
        script.onload = () => resolve(window.Chart);
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return chartLibrary.then(then);
  }

  document.addEventListener("DOMContentLoaded", () => {
    drawDashboards();
    drawTrajectories();
    listenForAlerts();
  });

  function drawDashboards() {
    const canvases = document.querySelectorAll("canvas.dashboard-chart[data-source]");
    if (!canvases.length) return;
    fetch(canvases[0].dataset.source, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => response.json())
      .then((data) => withCharts((Chart) => canvases.forEach((canvas) => {
        const chart = data.charts[canvas.dataset.chart];
        if (chart) draw(Chart, canvas, chart);
      })));
  }

  function draw(Chart, canvas, chart) {
    const round = chart.type === "doughnut";
    const horizontal = chart.type === "bar" && chart.labels.length > 6 && chart.datasets.length === 1;
    const usesSecondAxis = chart.datasets.some((set) => set.axis === "y2");
    const datasets = chart.datasets.map((set, i) => ({
      label: set.label,
      data: set.data,
      yAxisID: round || horizontal ? undefined : set.axis,
      xAxisID: horizontal ? "x" : undefined,
      backgroundColor: round ? COLOURS : COLOURS[i % COLOURS.length] + (chart.type === "line" ? "" : "cc"),
      borderColor: round ? "#fff" : COLOURS[i % COLOURS.length],
      // a gap is a value not known yet (a week's FCR still pending): the line stops there instead of bridging it
      spanGaps: false,
      tension: 0.25
    }));
    const scales = round ? {} : horizontal ? { x: { beginAtZero: true } } : {
      y: { beginAtZero: true },
      ...(usesSecondAxis ? { y2: { position: "right", beginAtZero: true, max: 100, grid: { drawOnChartArea: false } } } : {})
    };
    canvas.chart = new Chart(canvas, {
      type: chart.type,
      data: { labels: chart.labels, datasets },
      options: { locale: pageLocale(), indexAxis: horizontal ? "y" : "x", responsive: true, maintainAspectRatio: false, animation: false,
        scales, plugins: { legend: { display: round || chart.datasets.length > 1, position: "bottom" },
          // says what the chart leaves out on purpose, e.g. weeks whose FCR is not known yet
          subtitle: { display: !!chart.note, text: chart.note || "", position: "bottom", color: "#667085" } } }
    });
    canvas.dataset.rendered = String(chart.labels.length);
  }

  // axis numbers in the page's language (0,5 in Dutch), not the browser's
  function pageLocale() {
    return document.documentElement.lang || undefined;
  }

  // The customer's feeling per message; the peak is a red triangle, the end a green or red star.
  function drawTrajectories() {
    document.querySelectorAll("canvas.trajectory-chart[data-trajectory]").forEach((canvas) => {
      const points = JSON.parse(canvas.dataset.trajectory || "[]");
      if (!points.length) return;
      withCharts((Chart) => {
        canvas.chart = new Chart(canvas, {
          type: "line",
          data: {
            labels: points.map((p) => p.label),
            datasets: [{
              label: canvas.dataset.labelFeeling,
              data: points.map((p) => p.feeling),
              borderColor: "#3730a3",
              tension: 0.2,
              pointRadius: points.map((p) => (p.peak || p.end ? 7 : 3)),
              pointStyle: points.map((p) => (p.peak ? "triangle" : p.end ? "star" : "circle")),
              pointBackgroundColor: points.map((p) => (p.peak ? "#b42318" : p.end ? (p.feeling >= 0 ? "#067647" : "#b42318") : "#3730a3")),
              pointBorderColor: points.map((p) => (p.peak ? "#b42318" : p.end ? (p.feeling >= 0 ? "#067647" : "#b42318") : "#3730a3"))
            }]
          },
          options: {
            locale: pageLocale(), animation: false, responsive: true, maintainAspectRatio: false,
            scales: { y: { min: -1, max: 1, ticks: { stepSize: 0.5 } }, x: { ticks: { display: false } } },
            plugins: {
              legend: { display: false },
              tooltip: { callbacks: { afterLabel: (item) => {
                const p = points[item.dataIndex];
                const marks = [p.peak ? canvas.dataset.labelPeak : null, p.end ? canvas.dataset.labelEnd : null].filter(Boolean);
                return marks.join(", ") + (p.words ? (marks.length ? " — " : "") + p.words : "");
              } } }
            }
          }
        });
        canvas.dataset.rendered = String(points.length);
      });
    });
  }

  // A lead's page shows an alert the moment a customer writes in anger, a target is about to be missed or a rule
  // asks for the lead.
  function listenForAlerts() {
    const holder = document.getElementById("lead-alerts");
    if (!holder || !window.EventSource) return;
    const d = holder.dataset;
    const source = new EventSource(d.stream);
    const show = (kind, heading, line, conversationId, href) => {
      const box = document.createElement("div");
      box.className = "lead-alert " + kind;
      box.setAttribute("role", "alert");
      const title = document.createElement("strong");
      title.textContent = heading;
      const text = document.createElement("span");
      text.textContent = line;
      const link = document.createElement("a");
      link.href = href || "/conversations/" + conversationId;
      link.textContent = href ? d.spikeOpen : d.open;
      const close = document.createElement("button");
      close.type = "button";
      close.className = "link";
      close.textContent = "×";
      close.addEventListener("click", () => box.remove());
      box.append(title, text, link, close);
      holder.prepend(box);
    };
    source.addEventListener("anger", (event) => {
      const alert = JSON.parse(event.data);
      show("anger-alert", d.title + " · " + Math.round(alert.anger * 100) + "%",
        alert.customer + ": " + alert.subject + (alert.words ? " (" + alert.words + ")" : ""), alert.conversationId);
    });
    // an SLA warning or breach of the lead's team: which target, how long until (or since) it was due
    source.addEventListener("sla", (event) => {
      const alert = JSON.parse(event.data);
      const target = { "first-reply": d.slaFirstReply, "next-reply": d.slaNextReply, "resolution": d.slaResolution }[alert.target];
      const when = (alert.stage === "breach" ? d.slaOverdue : d.slaDueIn).replace("{0}", alert.minutes);
      show("sla-alert sla-" + alert.stage, (alert.stage === "breach" ? d.slaBreach : d.slaWarning) + " · " + target,
        alert.subject + " — " + when + (alert.assignee ? " (" + alert.assignee + ")" : ""), alert.conversationId);
    });
    // a rule that asks for the lead: which rule, on which conversation, whose it is
    source.addEventListener("rule", (event) => {
      const alert = JSON.parse(event.data);
      show("rule-alert", d.ruleTitle + " · " + alert.rule,
        alert.subject + (alert.assignee ? " (" + alert.assignee + ")" : ""), alert.conversationId);
    });
    // complaints about one product, reason or word come in faster than ever at this hour
    source.addEventListener("spike", (event) => {
      const alert = JSON.parse(event.data);
      show("spike-alert", d.spikeTitle + " · " + alert.label,
        d.spikeLine.replace("{0}", alert.contacts).replace("{1}", alert.words), null, "/proactive/spikes/" + alert.spikeId);
    });
    window.addEventListener("pagehide", () => source.close());
  }
})();
