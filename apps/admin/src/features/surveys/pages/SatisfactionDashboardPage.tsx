export default function SatisfactionDashboardPage() {
  return null;
}
