/**
 * SLA targets on business hours: policies per priority and channel, a calendar per team with holidays, the due
 * time of every open conversation (paused while it waits for the customer), warnings before a breach, breaches
 * per team, reason and agent, and hand-overs that bounce back.
 */
package org.loyaldesk.automation.sla;
