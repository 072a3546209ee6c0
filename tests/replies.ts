/** Replies the browser tests type, written for scenarios/late-delivery-en.md. */
export const GOOD_REPLY = `Hi Dana,

Thank you for writing, and I'm so sorry your order A-10492 is late — I can imagine how stressful that is before a birthday. That's our mistake.

1. The courier found the parcel at our depot this morning.
2. It is now due on Friday 14 March.
3. You can follow it at https://northwind.example/track/A-10492

If it hasn't arrived by Friday, just reply and I'll send a replacement by express. Let me know if you have any other questions.

Best regards,
Sam Carter
Customer Care, Northwind Shop
0120-123-456`;
