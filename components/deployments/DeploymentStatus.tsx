'use client';

import { Content, Label, Popover, type LabelProps } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  OffIcon,
  OutlinedHandPaperIcon,
} from '@patternfly/react-icons';
import { exactTime } from '@/components/common/RelativeTime';
import type { TDeployment } from '@/lib/validation/deployment';

type Phase = TDeployment['status']['phase'];

const PHASES: Record<Phase, { label: string; color: LabelProps['color']; icon: React.ReactNode; help: string }> = {
  READY: {
    label: 'Ready',
    color: 'green',
    icon: <CheckCircleIcon />,
    help: 'The InferenceService is ready and serving.',
  },
  PENDING: {
    label: 'Pending',
    color: 'blue',
    icon: <InProgressIcon />,
    help: 'Applied to the cluster; waiting for the InferenceService to become ready.',
  },
  NOT_READY: {
    label: 'Not ready',
    color: 'orange',
    icon: <ExclamationTriangleIcon />,
    help: 'The cluster reports the InferenceService as not ready.',
  },
  FAILED: {
    label: 'Failed',
    color: 'red',
    icon: <ExclamationCircleIcon />,
    help: 'Applying the deployment or reading its status failed.',
  },
  UNMANAGED: {
    label: 'Tracked by hand',
    color: 'grey',
    icon: <OutlinedHandPaperIcon />,
    help: 'This environment has no cluster connection: apply the manifest yourself. The registry records the deployment.',
  },
  UNDEPLOYED: {
    label: 'Undeployed',
    color: 'grey',
    icon: <OffIcon />,
    help: 'The deployment is kept with its settings but is not serving. Redeploy it to serve again.',
  },
};

export function phaseLabel(phase: Phase): string {
  return PHASES[phase].label;
}

/** The phase as a coloured label; clicking it shows the cluster's message, URL and when it was checked. */
export function DeploymentStatus({ deployment }: { deployment: TDeployment }) {
  const { phase, message, url, checkedAt } = deployment.status;
  const p = PHASES[phase];
  return (
    <Popover
      headerContent={p.label}
      bodyContent={
        <Content>
          <p>{p.help}</p>
          {message && (
            <p>
              <strong>Message:</strong> <span style={{ whiteSpace: 'pre-wrap' }}>{message}</span>
            </p>
          )}
          {url && (
            <p>
              <strong>URL:</strong> <span style={{ wordBreak: 'break-all' }}>{url}</span>
            </p>
          )}
          {checkedAt && (
            <p>
              <strong>Checked:</strong> {exactTime(checkedAt)}
            </p>
          )}
        </Content>
      }
    >
      <Label color={p.color} icon={p.icon} isCompact onClick={() => {}}>
        {p.label}
      </Label>
    </Popover>
  );
}
